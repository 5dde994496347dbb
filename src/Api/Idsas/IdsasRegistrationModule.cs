using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Idsas.Persistence;

namespace Nsp.Api.Idsas;

/// <summary>IDSAS registration: organisations register blurrings (seed 000).</summary>
public sealed class IdsasRegistrationModule : IServiceModule
{
    public string Name => "idsas-registration";

    public NspService Service => NspService.Idsas;

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddServiceStore<IdsasDbContext>(context, NspService.Idsas);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapServiceStatusPage("/idsas-registration/status", sp => [sp.DatabaseCheck(NspService.Idsas)]);
    }
}
