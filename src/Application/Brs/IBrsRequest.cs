using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Brs;

/// <summary>A request of BRS: the pipeline uses BRS's database, whitelists and MinLog outbox for it.</summary>
public interface IBrsRequest : IServiceRequest
{
    NspService IServiceRequest.Service => NspService.Brs;
}
