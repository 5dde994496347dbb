using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Dros;

/// <summary>A request of DROS: the pipeline uses DROS's database, whitelists and MinLog outbox for it.</summary>
public interface IDrosRequest : IServiceRequest
{
    NspService IServiceRequest.Service => NspService.Dros;
}
