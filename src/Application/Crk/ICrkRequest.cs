using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Crk;

/// <summary>A request of CRK: the pipeline uses CRK's database, whitelists and MinLog outbox for it.</summary>
public interface ICrkRequest : IServiceRequest
{
    NspService IServiceRequest.Service => NspService.Crk;
}
