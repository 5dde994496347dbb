using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;

namespace Nsp.Application.Odr.Registrations;

/// <summary>An active registration as GetOrganDonorRegistration answers it; <see cref="RegisteredAt"/> (validfrom,
/// UTC) is the document's author time.</summary>
public sealed record RegistrationDetails(
    string Cpr, PermissionType PermissionType, OrganPermissions Organs, bool? RequiresRelativeAcceptance, DateTime RegisteredAt)
{
    public static RegistrationDetails From(OrganDonorRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return new(registration.Cpr, registration.PermissionType, registration.Organs, registration.RequiresRelativeAcceptance, registration.ValidFrom);
    }
}
