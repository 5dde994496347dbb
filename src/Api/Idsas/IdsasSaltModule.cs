using Nsp.Api.Idsas.Soap;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Soap;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Idsas;
using Nsp.Infrastructure.Idsas.Persistence;

namespace Nsp.Api.Idsas;

/// <summary>IDSAS salt: the current salt for pseudonyms (seed 000).</summary>
public sealed class IdsasSaltModule : IServiceModule
{
    public const string Path20230601 = "/idsas-salt/20230601/salt";

    public string Name => "idsas-salt";

    public NspService Service => NspService.Idsas;

    public IReadOnlyList<string> HandlerNamespaces => ["Nsp.Application.Idsas.Salts.GetCurrentSalt"];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddServiceStore<IdsasDbContext>(context, NspService.Idsas);
        services.AddIdsasSalt(context.Configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapServiceStatusPage("/idsas-salt/status", sp => [sp.DatabaseCheck(NspService.Idsas)]);
        endpoints.MapSoapEndpoint(Path20230601, soap => soap.IdsasContract(IdsasSoapContract.SaltWsdl20230601, endpoints, Name)
            .Send(IdsasSoapContract.GetCurrentSalt, IdsasSoapContract.Namespace20230601, _ => GetCurrentSaltSoapMapper.ToQuery(), GetCurrentSaltSoapMapper.ToResponse));
        endpoints.MapIdsasDksConfig(
            Name, "/idsas-salt/dksconfig", Path20230601, "idsas-salt-20230601",
            new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), IdsasSoapContract.Namespace20230601, IdsasSoapContract.GetCurrentSalt);
    }
}
