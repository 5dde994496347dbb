using Nsp.Application.Odr;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.Status;

namespace Nsp.Api.Odr;

/// <summary>The dependency checks of ODR's <c>/odr/alarm</c> page.</summary>
public static class OdrStatusChecks
{
    /// <summary>The seed's alarm line for the PersonInformation indicator.</summary>
    public const string PersonInformationFailing =
        "Person Information servicen har fejlet flere gange end tilladt i en given periode.";

    /// <summary>ODR's PersonInformation window (<c>personinformation.error.tolerance</c> within
    /// <c>personinformation.errorcount.duration</c> of <c>operations.properties</c>), shared with odr-operations.</summary>
    public static IStatusCheck PersonInformation(IServiceProvider services) =>
        new DependencyWindowCheck(
            "PersonInformation",
            services.GetRequiredKeyedService<DependencyErrorWindow>(OdrParts.PersonInformation),
            PersonInformationFailing);
}
