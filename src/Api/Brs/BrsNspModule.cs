using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Brs.Persistence;

namespace Nsp.Api.Brs;

/// <summary>BRS frontend: treatment-relation checks and notifications (seed 002).</summary>
public sealed class BrsNspModule : IServiceModule
{
    public string Name => "brs-nsp";

    public NspService Service => NspService.Brs;

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddServiceStore<BrsDbContext>(context, NspService.Brs);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapServiceStatusPage("/brs-nsp/status", sp => [sp.DatabaseCheck(NspService.Brs)], StatusCodes.Status500InternalServerError);
    }
}
