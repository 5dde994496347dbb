using System.Globalization;
using Nsp.Api.Idsas.Soap;
using Nsp.Api.Shared.Security;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Idsas.FirstStart;

/// <summary>
/// <c>sample-request &lt;operation&gt;</c>: a ready-to-send SOAP 1.1 envelope for the embedded default, with a fresh
/// system card from the <see cref="LocalStsIssuer"/> (the key pair in the data directory the server uses) for
/// <see cref="LocalSampleSystem"/>, a medcom:Header, and the operation's body about the sample citizen.
/// </summary>
public static class IdsasSampleRequest
{
    public const string Command = "sample-request";

    public static IReadOnlyList<string> Operations { get; } =
        [IdsasSoapContract.CreateBlurring, IdsasSoapContract.GetBlurredOrganisations, IdsasSoapContract.GetCurrentSalt];

    /// <summary>The envelope for <paramref name="operation"/>, or null when it is not one of <see cref="Operations"/>.</summary>
    public static string? Envelope(string operation, NspHostOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        string? body = Body(operation, time);
        if (body is null)
        {
            return null;
        }

        using var issuer = LocalStsIssuer.CreateOrLoad(
            Path.Combine(options.SqliteDirectory, SecurityServiceCollectionExtensions.LocalStsDirectoryName), time);
        var assertion = issuer.IssueSystemCard(LocalSampleSystem.Cvr, LocalSampleSystem.OrganisationName, LocalSampleSystem.ItSystemName);
        return SampleEnvelopes.Dgws(assertion, body, securityLevel: 3);
    }

    private static string? Body(string operation, TimeProvider time)
    {
        const string Ns2023 = IdsasSoapContract.Namespace20230601;
        const string Ns2024 = IdsasSoapContract.Namespace20240124;
        string patient = $"<t:patientId><t:id>{LocalSampleSystem.PatientCpr}</t:id><t:classification>CPR</t:classification></t:patientId>";
        return operation switch
        {
            IdsasSoapContract.CreateBlurring =>
                $"<t:CreateBlurringRequest xmlns:t=\"{Ns2023}\">{patient}<t:endDateTime>{time.GetUtcNow().AddDays(30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}</t:endDateTime></t:CreateBlurringRequest>",
            IdsasSoapContract.GetBlurredOrganisations => $"<t:GetBlurredOrganisationsRequest xmlns:t=\"{Ns2024}\">{patient}</t:GetBlurredOrganisationsRequest>",
            IdsasSoapContract.GetCurrentSalt => $"<t:GetCurrentSaltRequest xmlns:t=\"{Ns2023}\"/>",
            _ => null,
        };
    }
}
