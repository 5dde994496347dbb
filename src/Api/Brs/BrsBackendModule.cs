using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Brs.Persistence;

namespace Nsp.Api.Brs;

/// <summary>BRS backend: follow-ups and notification clean-up (seed 002).</summary>
public sealed class BrsBackendModule : IServiceModule
{
    public string Name => "brs-backend";

    public NspService Service => NspService.Brs;

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddServiceStore<BrsDbContext>(context, NspService.Brs);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapServiceStatusPage("/brs-backend/status/", sp => [sp.DatabaseCheck(NspService.Brs)], StatusCodes.Status500InternalServerError);
    }
}
