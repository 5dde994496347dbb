using Nsp.Api.Idsas.Soap;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Soap;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Idsas;
using Nsp.Infrastructure.Idsas.Persistence;

namespace Nsp.Api.Idsas;

/// <summary>IDSAS lookup: the STS asks which organisations are blurred towards a citizen (seed 000). The 20240124
/// contract is served at both versions' paths; either namespace's request is answered in its own namespace.</summary>
public sealed class IdsasLookupModule : IServiceModule
{
    public const string Path20240124 = "/idsas-lookup/20240124/lookup";
    public const string Path20230601 = "/idsas-lookup/20230601/lookup";

    public string Name => "idsas-lookup";

    public NspService Service => NspService.Idsas;

    public IReadOnlyList<string> HandlerNamespaces => ["Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations"];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddServiceStore<IdsasDbContext>(context, NspService.Idsas);
        services.AddIdsasLookup(context.Configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapServiceStatusPage("/idsas-lookup/status", sp => [sp.DatabaseCheck(NspService.Idsas), IdsasStatusChecks.Sores(sp)]);
        foreach (var (path, version, externalTime) in new[]
                 {
                     (Path20240124, "20240124", new DateTimeOffset(2024, 1, 24, 0, 0, 0, TimeSpan.Zero)),
                     (Path20230601, "20230601", new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero)),
                 })
        {
            endpoints.MapSoapEndpoint(path, soap => soap.IdsasContract(IdsasSoapContract.LookupWsdl20240124, endpoints, Name)
                .Send(IdsasSoapContract.GetBlurredOrganisations, IdsasSoapContract.Namespace20240124,
                    GetBlurredOrganisationsSoapMapper.ToQuery, r => GetBlurredOrganisationsSoapMapper.ToResponse(r, IdsasSoapContract.Namespace20240124))
                .Send(IdsasSoapContract.GetBlurredOrganisations, IdsasSoapContract.Namespace20230601,
                    GetBlurredOrganisationsSoapMapper.ToQuery, r => GetBlurredOrganisationsSoapMapper.ToResponse(r, IdsasSoapContract.Namespace20230601)));
            endpoints.MapIdsasDksConfig(
                Name, $"/idsas-lookup/{version}/dksconfig", path, "idsas-lookup-" + version, externalTime,
                IdsasSoapContract.Namespace20240124, IdsasSoapContract.GetBlurredOrganisations);
        }
    }
}
