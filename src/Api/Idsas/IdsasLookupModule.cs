using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Idsas.Persistence;

namespace Nsp.Api.Idsas;

/// <summary>IDSAS lookup: the STS asks which organisations are blurred towards a citizen (seed 000).</summary>
public sealed class IdsasLookupModule : IServiceModule
{
    public string Name => "idsas-lookup";

    public NspService Service => NspService.Idsas;

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddServiceStore<IdsasDbContext>(context, NspService.Idsas);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapServiceStatusPage("/idsas-lookup/status", sp => [sp.DatabaseCheck(NspService.Idsas)]);
    }
}
