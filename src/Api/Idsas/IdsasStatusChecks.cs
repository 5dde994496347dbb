using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.Status;
using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

namespace Nsp.Api.Idsas;

/// <summary>The dependency checks IDSAS's status pages run besides the database.</summary>
public static class IdsasStatusChecks
{
    public const string PersonInformationFailing =
        "Person Information servicen har fejlet flere gange end tilladt i en given periode.";

    /// <summary>PersonInformation's error window (<c>personinformation.error.tolerance</c> within
    /// <c>personinformation.errorcount.duration</c>), as registration and operations count it.</summary>
    public static IStatusCheck PersonInformation(IServiceProvider services) =>
        new DependencyWindowCheck(
            "PersonInformation",
            services.GetRequiredKeyedService<DependencyErrorWindow>(PersonInformationRegistration.ServiceKey),
            PersonInformationFailing);
}
