using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Idsas;

/// <summary>A request of IDSAS: the pipeline uses IDSAS's database, whitelists and MinLog outbox for it.</summary>
public interface IIdsasRequest : IServiceRequest
{
    NspService IServiceRequest.Service => NspService.Idsas;
}
