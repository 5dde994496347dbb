namespace Nsp.Api.Shared.Security;

/// <summary>What a DGWS ID card to be issued states (the local development STS and the test STS use it).</summary>
public sealed record IdCardIssueRequest
{
    public required IdCardKind Kind { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset NotOnOrAfter { get; init; }

    public string Issuer { get; init; } = LocalStsIssuer.IssuerName;

    public string IdCardId { get; init; } = Guid.NewGuid().ToString("N");

    public string IdCardVersion { get; init; } = "1.0.1";

    /// <summary>3 = VOCES system card, 4 = MOCES user card.</summary>
    public int AuthenticationLevel { get; init; } = 3;

    public string? OcesCertHash { get; init; }

    public string ItSystemName { get; init; } = "Lokalt testsystem";

    public string CareProviderId { get; init; } = "12345678";

    public string CareProviderIdFormat { get; init; } = "medcom:cvrnumber";

    public string CareProviderName { get; init; } = "Lokal testorganisation";

    public string? UserCpr { get; init; }

    public string? UserGivenName { get; init; }

    public string? UserSurName { get; init; }

    public string? UserEmailAddress { get; init; }

    public string? UserRole { get; init; }

    public string? UserAuthorizationCode { get; init; }

    public string? UserOccupation { get; init; }
}
