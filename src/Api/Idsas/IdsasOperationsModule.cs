using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Idsas.Persistence;

namespace Nsp.Api.Idsas;

/// <summary>IDSAS operations: salt renewal, cleanup jobs and the queue consumer (seed 000).</summary>
public sealed class IdsasOperationsModule : IServiceModule
{
    public string Name => "idsas-operations";

    public NspService Service => NspService.Idsas;

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddServiceStore<IdsasDbContext>(context, NspService.Idsas);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapServiceStatusPage("/idsas-operations/status", sp => [sp.DatabaseCheck(NspService.Idsas)]);
        endpoints.MapVersionPage("/idsas-operations/version");
    }
}
