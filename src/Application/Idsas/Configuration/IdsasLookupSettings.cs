using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Application.Idsas.Configuration;

/// <summary>The lookup part's settings (<c>idsas-lookup.properties</c> and the patient-id salt, which lookup needs
/// to start at all).</summary>
public sealed record IdsasLookupSettings
{
    /// <summary><c>idsas.lookup.strategy</c>; required.</summary>
    public required LookupStrategy Strategy { get; init; }

    public required PatientIdSalt PatientIdSalt { get; init; }

    /// <summary><c>idsas.allowed.client.system.name</c>: who may call GetBlurredOrganisations.</summary>
    public IReadOnlyList<string> AllowedSystems { get; init; } = IdsasRegistrationSettings.DefaultAllowedSystems;
}
