using Nsp.Application.Idsas;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.Status;
using Nsp.Application.Shared.NationalServices.Sores;
using Nsp.Infrastructure.Shared.NationalServices.Sores;

namespace Nsp.Api.Idsas;

/// <summary>The dependency checks IDSAS's status pages run besides the database.</summary>
public static class IdsasStatusChecks
{
    public const string PersonInformationFailing =
        "Person Information servicen har fejlet flere gange end tilladt i en given periode.";

    public const string SoresFailing =
        "SORES servicen har fejlet flere gange end tilladt i en given periode.";

    /// <summary>A part's PersonInformation error window (<c>personinformation.error.tolerance</c> within
    /// <c>personinformation.errorcount.duration</c> of its own file), keyed by <paramref name="key"/>
    /// (<see cref="IdsasParts"/>).</summary>
    public static IStatusCheck PersonInformation(IServiceProvider services, string key) =>
        new DependencyWindowCheck(
            "PersonInformation",
            services.GetRequiredKeyedService<DependencyErrorWindow>(key),
            PersonInformationFailing);

    /// <summary>SORES, probed at its own <c>/status</c> by each call of lookup's page (no lookup operation calls SORES;
    /// ADR 0025), and reported by its window (<c>soresclient.error.tolerance</c> within
    /// <c>soresclient.errorcount.duration</c>).</summary>
    public static IStatusCheck Sores(IServiceProvider services)
    {
        var probe = services.GetRequiredService<ISoresStatusProbe>();
        return new ProbedDependencyCheck(
            probe.ProbeAsync,
            new DependencyWindowCheck("SORES", services.GetRequiredKeyedService<DependencyErrorWindow>(SoresRegistration.ServiceKey), SoresFailing));
    }
}
