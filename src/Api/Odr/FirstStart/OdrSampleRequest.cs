using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Security;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Odr.FirstStart;

/// <summary>
/// <c>sample-request &lt;ODR operation&gt;</c>: a SOAP 1.1 envelope for <c>/odr/odr</c> with a fresh user card (level
/// 4, an authorisation code: a health professional) from the <see cref="LocalStsIssuer"/> for
/// <see cref="LocalSampleSystem"/>, about the sample citizen. The same card is the admin's on <c>/odr/odrAdmin</c>,
/// since the first start names the sample system there. <c>Citizen&lt;Operation&gt;</c> (Has and Create) is the sample
/// citizen's own IDWS call: a citizen token from the local STS, the message signed with the token's holder-of-key
/// over Body, wsu:Timestamp and the WS-Addressing headers, with a fresh wsa:MessageID, so each printed envelope is
/// accepted once and only within the replay guard's message age (ADR 0028).
/// </summary>
public static class OdrSampleRequest
{
    public const string SampleAuthorizationCode = "LOKAL1";

    /// <summary>The sample health professional's own CPR (the card's user), not the citizen asked about.</summary>
    public const string SampleUserCpr = "0101801234";

    /// <summary>Prefix of a citizen's operation, e.g. <c>CitizenHasOrganDonorRegistration</c>.</summary>
    public const string CitizenPrefix = "Citizen";

    private static readonly string[] CitizenOperations = [OdrSoapContract.HasOrganDonorRegistration, OdrSoapContract.CreateOrganDonorRegistration];

    public static IReadOnlyList<string> Operations { get; } =
    [
        OdrSoapContract.CreateOrganDonorRegistration, OdrSoapContract.GetOrganDonorRegistration, OdrSoapContract.HasOrganDonorRegistration,
        .. CitizenOperations.Select(o => CitizenPrefix + o),
    ];

    /// <summary>The envelope for <paramref name="operation"/>, or null when it is not one of <see cref="Operations"/>.</summary>
    public static string? Envelope(string operation, NspHostOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (!Operations.Contains(operation, StringComparer.Ordinal))
        {
            return null;
        }

        using var issuer = LocalStsIssuer.CreateOrLoad(
            Path.Combine(options.SqliteDirectory, SecurityServiceCollectionExtensions.LocalStsDirectoryName), time);
        if (operation.StartsWith(CitizenPrefix, StringComparison.Ordinal))
        {
            string citizenOperation = operation[CitizenPrefix.Length..];
            return SampleEnvelopes.IdwsCitizen(issuer, LocalSampleSystem.PatientCpr, OdrSoapContract.Action(citizenOperation), Body(citizenOperation), time);
        }

        var assertion = issuer.IssueUserCard(
            LocalSampleSystem.PatientCpr == SampleUserCpr ? throw new InvalidOperationException("The sample user is not the sample citizen.") : SampleUserCpr,
            "Lokal", "Sundhedsperson", LocalSampleSystem.Cvr, LocalSampleSystem.OrganisationName, LocalSampleSystem.ItSystemName,
            authorizationCode: SampleAuthorizationCode);
        return SampleEnvelopes.Dgws(assertion, Body(operation), securityLevel: 4);
    }

    private static string Body(string operation)
    {
        string id = $"<id root=\"{OdrSoapContract.CprRoot}\" extension=\"{LocalSampleSystem.PatientCpr}\" assigningAuthorityName=\"CPR\"/>";
        string registration = operation == OdrSoapContract.CreateOrganDonorRegistration
            ? "<organDonorRegistration><r:permissionType>FULL</r:permissionType></organDonorRegistration>"
            : string.Empty;
        return $"<o:{operation}Request xmlns:o=\"{OdrSoapContract.Namespace}\" xmlns:r=\"{OdrSoapContract.OdrNamespace}\">{id}{registration}</o:{operation}Request>";
    }
}
