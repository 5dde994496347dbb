using System.Globalization;
using System.Xml;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Security;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Odr.FirstStart;

/// <summary>
/// <c>sample-request &lt;ODR operation&gt;</c>: a SOAP 1.1 envelope for <c>/odr/odr</c> with a fresh user card (level
/// 4, an authorisation code: a health professional) from the <see cref="LocalStsIssuer"/> for
/// <see cref="LocalSampleSystem"/>, about the sample citizen. The same card is the admin's on <c>/odr/odrAdmin</c>,
/// since the first start names the sample system there. IDWS citizen requests are not offered (ADR 0033).
/// </summary>
public static class OdrSampleRequest
{
    public const string SampleAuthorizationCode = "LOKAL1";

    /// <summary>The sample health professional's own CPR (the card's user), not the citizen asked about.</summary>
    public const string SampleUserCpr = "0101801234";

    public static IReadOnlyList<string> Operations { get; } =
        [OdrSoapContract.CreateOrganDonorRegistration, OdrSoapContract.GetOrganDonorRegistration, OdrSoapContract.HasOrganDonorRegistration];

    /// <summary>The envelope for <paramref name="operation"/>, or null when it is not one of <see cref="Operations"/>.</summary>
    public static string? Envelope(string operation, NspHostOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (!Operations.Contains(operation, StringComparer.Ordinal))
        {
            return null;
        }

        string id = $"<id root=\"{OdrSoapContract.CprRoot}\" extension=\"{LocalSampleSystem.PatientCpr}\" assigningAuthorityName=\"CPR\"/>";
        string registration = operation == OdrSoapContract.CreateOrganDonorRegistration
            ? "<organDonorRegistration><r:permissionType>FULL</r:permissionType></organDonorRegistration>"
            : string.Empty;
        string body = $"<o:{operation}Request xmlns:o=\"{OdrSoapContract.Namespace}\" xmlns:r=\"{OdrSoapContract.OdrNamespace}\">{id}{registration}</o:{operation}Request>";

        using var issuer = LocalStsIssuer.CreateOrLoad(
            Path.Combine(options.SqliteDirectory, SecurityServiceCollectionExtensions.LocalStsDirectoryName), time);
        var assertion = issuer.IssueUserCard(
            LocalSampleSystem.PatientCpr == SampleUserCpr ? throw new InvalidOperationException("The sample user is not the sample citizen.") : SampleUserCpr,
            "Lokal", "Sundhedsperson", LocalSampleSystem.Cvr, LocalSampleSystem.OrganisationName, LocalSampleSystem.ItSystemName,
            authorizationCode: SampleAuthorizationCode);
        return Wrap(assertion, body);
    }

    private static string Wrap(XmlElement assertion, string body)
    {
        var document = assertion.OwnerDocument;
        var header = (XmlElement)document.GetElementsByTagName("Header", SosiNamespaces.Soap)[0]!;
        var soapBody = (XmlElement)document.GetElementsByTagName("Body", SosiNamespaces.Soap)[0]!;
        var medcom = new XmlDocument();
        medcom.LoadXml(string.Create(CultureInfo.InvariantCulture, $"""
            <medcom:Header xmlns:medcom="{SosiNamespaces.Medcom}"><medcom:SecurityLevel>4</medcom:SecurityLevel><medcom:Linking><medcom:FlowID>{Guid.NewGuid():N}</medcom:FlowID><medcom:MessageID>{Guid.NewGuid():N}</medcom:MessageID></medcom:Linking><medcom:FlowStatus>flow_running</medcom:FlowStatus></medcom:Header>
            """));
        header.PrependChild(document.ImportNode(medcom.DocumentElement!, deep: true));
        var request = new XmlDocument();
        request.LoadXml(body);
        soapBody.AppendChild(document.ImportNode(request.DocumentElement!, deep: true));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + document.DocumentElement!.OuterXml;
    }
}
