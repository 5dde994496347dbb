using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Idsas.Persistence;

namespace Nsp.Api.Idsas;

/// <summary>IDSAS salt: the current salt for pseudonyms (seed 000).</summary>
public sealed class IdsasSaltModule : IServiceModule
{
    public string Name => "idsas-salt";

    public NspService Service => NspService.Idsas;

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddServiceStore<IdsasDbContext>(context, NspService.Idsas);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapServiceStatusPage("/idsas-salt/status", sp => [sp.DatabaseCheck(NspService.Idsas)]);
    }
}
