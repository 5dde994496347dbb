using System.Globalization;
using System.Xml;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.MinLog.Lookup;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.MinLog.FirstStart;

/// <summary>
/// <c>sample-request ListLogStatements</c>: a SOAP 1.1 envelope for <see cref="MinLogLookupContract.Path"/> with a
/// fresh system card (level 3) from the <see cref="LocalStsIssuer"/> for <see cref="LocalSampleSystem"/>, whose CVR the
/// first start whitelists under <c>minlogws</c>, asking for the sample citizen's log.
/// <c>CitizenListLogStatements</c> is the sample citizen's own IDWS call: a citizen token from the local STS, the
/// message signed with its holder-of-key over Body, wsu:Timestamp and the WS-Addressing headers (accepted once, within
/// the replay guard's message age).
/// </summary>
public static class MinLogLookupSampleRequest
{
    public const string CitizenPrefix = "Citizen";

    private static readonly TimeSpan CitizenMessageLifetime = TimeSpan.FromMinutes(5);

    public static IReadOnlyList<string> Operations { get; } = [MinLogLookupContract.Operation, CitizenPrefix + MinLogLookupContract.Operation];

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
        return operation.StartsWith(CitizenPrefix, StringComparison.Ordinal) ? Citizen(issuer, time) : SystemEnvelope(issuer);
    }

    private static string Body() =>
        $"<ml:ListLogStatementsRequest xmlns:ml=\"{MinLogLookupContract.Namespace}\"><cprNR>{LocalSampleSystem.PatientCpr}</cprNR></ml:ListLogStatementsRequest>";

    private static string SystemEnvelope(LocalStsIssuer issuer)
    {
        var assertion = issuer.IssueSystemCard(LocalSampleSystem.Cvr, LocalSampleSystem.OrganisationName, LocalSampleSystem.ItSystemName);
        var document = assertion.OwnerDocument;
        var header = (XmlElement)document.GetElementsByTagName("Header", SosiNamespaces.Soap)[0]!;
        var soapBody = (XmlElement)document.GetElementsByTagName("Body", SosiNamespaces.Soap)[0]!;
        var medcom = new XmlDocument { XmlResolver = null };
        medcom.LoadXml(string.Create(CultureInfo.InvariantCulture, $"""
            <medcom:Header xmlns:medcom="{SosiNamespaces.Medcom}"><medcom:SecurityLevel>3</medcom:SecurityLevel><medcom:Linking><medcom:FlowID>{Guid.NewGuid():N}</medcom:FlowID><medcom:MessageID>{Guid.NewGuid():N}</medcom:MessageID></medcom:Linking><medcom:FlowStatus>flow_running</medcom:FlowStatus></medcom:Header>
            """));
        header.PrependChild(document.ImportNode(medcom.DocumentElement!, deep: true));
        var request = new XmlDocument { XmlResolver = null };
        request.LoadXml(Body());
        soapBody.AppendChild(document.ImportNode(request.DocumentElement!, deep: true));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + document.DocumentElement!.OuterXml;
    }

    private static string Citizen(LocalStsIssuer issuer, TimeProvider time)
    {
        var token = issuer.IssueCitizenToken(LocalSampleSystem.PatientCpr);
        var created = time.GetUtcNow();
        string xml =
            $"<soap:Envelope xmlns:soap=\"{SoapNamespaces.Soap11}\" xmlns:wsa=\"{SoapNamespaces.Wsa}\" xmlns:wsse=\"{SosiNamespaces.Wsse}\" xmlns:wsu=\"{SosiNamespaces.Wsu}\">" +
            $"<soap:Header><wsa:Action wsu:Id=\"action\">{MinLogLookupContract.Action}</wsa:Action><wsa:MessageID wsu:Id=\"messageid\">urn:uuid:{Guid.NewGuid()}</wsa:MessageID>" +
            $"<wsse:Security><wsu:Timestamp wsu:Id=\"ts\"><wsu:Created>{DgwsIdCardWriter.Zulu(created)}</wsu:Created><wsu:Expires>{DgwsIdCardWriter.Zulu(created + CitizenMessageLifetime)}</wsu:Expires></wsu:Timestamp>{token.OuterXml}</wsse:Security></soap:Header>" +
            $"<soap:Body wsu:Id=\"body\">{Body()}</soap:Body></soap:Envelope>";
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        HolderOfKeySigner.Sign(document, issuer.CitizenHolderOfKey, ["body", "ts", "action", "messageid"]);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + document.DocumentElement!.OuterXml;
    }
}
