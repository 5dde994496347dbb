using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.MinLog;

/// <summary>A request of MinLog's own service (registration, the citizen's query, cleanup): the pipeline uses
/// MinLog's database and whitelists for it.</summary>
public interface IMinLogRequest : IServiceRequest
{
    NspService IServiceRequest.Service => NspService.MinLog;
}
