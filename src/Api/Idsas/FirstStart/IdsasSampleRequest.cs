using System.Globalization;
using System.Xml;
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
        var document = assertion.OwnerDocument;
        var header = (XmlElement)document.GetElementsByTagName("Header", SosiNamespaces.Soap)[0]!;
        var soapBody = (XmlElement)document.GetElementsByTagName("Body", SosiNamespaces.Soap)[0]!;

        // The card is signed already; the medcom:Header and the body are siblings outside what its signature covers.
        var medcom = new XmlDocument();
        medcom.LoadXml(string.Create(CultureInfo.InvariantCulture, $"""
            <medcom:Header xmlns:medcom="{SosiNamespaces.Medcom}"><medcom:SecurityLevel>3</medcom:SecurityLevel><medcom:Linking><medcom:FlowID>{Guid.NewGuid():N}</medcom:FlowID><medcom:MessageID>{Guid.NewGuid():N}</medcom:MessageID></medcom:Linking><medcom:FlowStatus>flow_running</medcom:FlowStatus></medcom:Header>
            """));
        header.PrependChild(document.ImportNode(medcom.DocumentElement!, deep: true));
        var request = new XmlDocument();
        request.LoadXml(body);
        soapBody.AppendChild(document.ImportNode(request.DocumentElement!, deep: true));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + document.DocumentElement!.OuterXml;
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
