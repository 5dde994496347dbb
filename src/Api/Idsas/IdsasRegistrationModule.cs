using Nsp.Api.Idsas.Soap;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Soap;
using Nsp.Api.Shared.Status;
using Nsp.Application.Idsas;
using Nsp.Application.Idsas.OrgBlurrings.CreateOrgBlurring;
using Nsp.Application.Idsas.OrgBlurrings.ListAllActiveOrgBlurrings;
using Nsp.Application.Idsas.OrgBlurrings.RemoveOrgBlurring;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Idsas;
using Nsp.Infrastructure.Idsas.Persistence;

namespace Nsp.Api.Idsas;

/// <summary>IDSAS registration: organisations register blurrings (seed 000).</summary>
public sealed class IdsasRegistrationModule : IServiceModule
{
    public const string Path20230601 = "/idsas-registration/20230601/registration";
    public const string Path20240124 = "/idsas-registration/20240124/registration";

    private const string Ns2023 = IdsasSoapContract.Namespace20230601;
    private const string Ns2024 = IdsasSoapContract.Namespace20240124;

    public string Name => "idsas-registration";

    public NspService Service => NspService.Idsas;

    public IReadOnlyList<string> HandlerNamespaces => ["Nsp.Application.Idsas.Blurrings.CreateBlurring", "Nsp.Application.Idsas.OrgBlurrings"];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddServiceStore<IdsasDbContext>(context, NspService.Idsas);
        services.AddIdsasRegistration(context.Configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapServiceStatusPage(
            "/idsas-registration/status", sp => [sp.DatabaseCheck(NspService.Idsas), IdsasStatusChecks.PersonInformation(sp, IdsasParts.RegistrationPersonInformation)]);
        endpoints.MapSoapEndpoint(Path20230601, soap => soap.IdsasContract(IdsasSoapContract.RegistrationWsdl20230601, endpoints, Name)
            .Send(IdsasSoapContract.CreateBlurring, Ns2023, CreateBlurringSoapMapper.ToCommand, CreateBlurringSoapMapper.ToResponse));
        endpoints.MapSoapEndpoint(Path20240124, soap => soap.IdsasContract(IdsasSoapContract.RegistrationWsdl20240124, endpoints, Name)
            .Send<CreateOrgBlurringResult>(IdsasSoapContract.CreateOrgBlurring, Ns2024, OrgBlurringSoapMapper.ToCreate, _ => OrgBlurringSoapMapper.Ok(IdsasSoapContract.CreateOrgBlurring))
            .Send<RemoveOrgBlurringResult>(IdsasSoapContract.RemoveOrgBlurring, Ns2024, OrgBlurringSoapMapper.ToRemove, _ => OrgBlurringSoapMapper.Ok(IdsasSoapContract.RemoveOrgBlurring))
            .Send(IdsasSoapContract.ListAllActiveOrgBlurrings, Ns2024, _ => new ListAllActiveOrgBlurringsQuery(), OrgBlurringSoapMapper.ToResponse));
        endpoints.MapIdsasDksConfig(
            Name, "/idsas-registration/20230601/dksconfig", Path20230601, "idsas-registration-20230601",
            new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero), Ns2023, IdsasSoapContract.CreateBlurring);
        endpoints.MapIdsasDksConfig(
            Name, "/idsas-registration/20240124/dksconfig", Path20240124, "idsas-registration-20240124",
            new DateTimeOffset(2024, 1, 24, 0, 0, 0, TimeSpan.Zero), Ns2024,
            IdsasSoapContract.CreateOrgBlurring, IdsasSoapContract.RemoveOrgBlurring, IdsasSoapContract.ListAllActiveOrgBlurrings);
    }
}
