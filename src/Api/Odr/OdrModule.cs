using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Odr.Persistence;

namespace Nsp.Api.Odr;

/// <summary>ODR: the organ donor register's SOAP service (seed 001).</summary>
public sealed class OdrModule : IServiceModule
{
    public string Name => "odr";

    public NspService Service => NspService.Odr;

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddServiceStore<OdrDbContext>(context, NspService.Odr);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDeploymentStatusPage("/odr/status", Name, sp => [sp.DatabaseCheck(NspService.Odr)]);
        // The older page, answered like /status.
        endpoints.MapDeploymentStatusPage("/odr/isAlive", Name, sp => [sp.DatabaseCheck(NspService.Odr)]);
    }
}
