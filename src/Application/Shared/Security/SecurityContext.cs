namespace Nsp.Application.Shared.Security;

/// <summary>The verified identity of the caller, filled by the SOAP gateway from a signed ID card (or by the job
/// runner for jobs) and read by whitelisting, audit and MinLog. Values are what the card states; nothing here is
/// taken from unverified input.</summary>
public sealed record SecurityContext
{
    public required CallerKind Kind { get; init; }

    /// <summary>medcom:CareProviderID.</summary>
    public string? CareProviderId { get; init; }

    /// <summary>The NameFormat of CareProviderID, e.g. <c>medcom:cvrnumber</c>.</summary>
    public string? CareProviderIdFormat { get; init; }

    public string? OrganisationName { get; init; }

    public string? ItSystemName { get; init; }

    public string? UserCpr { get; init; }

    public string? UserGivenName { get; init; }

    public string? UserSurName { get; init; }

    public string? UserRole { get; init; }

    public string? UserAuthorizationCode { get; init; }

    public string? UserOccupation { get; init; }

    public int AuthenticationLevel { get; init; }

    public string? IdCardId { get; init; }

    /// <summary><c>system</c> or <c>user</c> as the card states it.</summary>
    public string? IdCardType { get; init; }

    public string? IdCardVersion { get; init; }

    public SoapHeaderValues SoapHeaders { get; init; } = SoapHeaderValues.None;

    /// <summary>The name of the job when <see cref="Kind"/> is <see cref="CallerKind.Job"/>.</summary>
    public string? JobName { get; init; }

    /// <summary>The caller's CVR when the card names one in cvrnumber format; otherwise null.</summary>
    public string? Cvr =>
        string.Equals(CareProviderIdFormat, "medcom:cvrnumber", StringComparison.Ordinal) ? CareProviderId : null;

    public static SecurityContext ForJob(string jobName) => new()
    {
        Kind = CallerKind.Job,
        JobName = jobName,
        ItSystemName = jobName,
    };
}
