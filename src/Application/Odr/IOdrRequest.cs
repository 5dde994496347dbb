using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Odr;

/// <summary>A request of ODR: the pipeline uses ODR's database, whitelists and MinLog outbox for it.</summary>
public interface IOdrRequest : IServiceRequest
{
    NspService IServiceRequest.Service => NspService.Odr;
}
