using System.Globalization;
using System.Xml;
using Nsp.Api.Shared.Soap;

namespace Nsp.Api.Shared.Security;

/// <summary>The envelopes <c>sample-request</c> prints: a DGWS call (a card from the local STS, a medcom:Header, the
/// body) and an IDWS citizen call (the local STS's citizen token, WS-Addressing, a signed timestamp, the body signed
/// with the holder-of-key).</summary>
public static class SampleEnvelopes
{
    /// <summary>How long a printed citizen message's wsu:Timestamp lasts: the replay guard's default message age.</summary>
    public static readonly TimeSpan CitizenMessageLifetime = TimeSpan.FromMinutes(5);

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /// <summary>The card's own envelope with a medcom:Header and <paramref name="body"/> added: both are siblings
    /// outside what the card's signature covers.</summary>
    public static string Dgws(XmlElement assertion, string body, int securityLevel)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var document = assertion.OwnerDocument;
        var header = (XmlElement)document.GetElementsByTagName("Header", SosiNamespaces.Soap)[0]!;
        var soapBody = (XmlElement)document.GetElementsByTagName("Body", SosiNamespaces.Soap)[0]!;
        var medcom = new XmlDocument { XmlResolver = null };
        medcom.LoadXml(string.Create(CultureInfo.InvariantCulture, $"""
            <medcom:Header xmlns:medcom="{SosiNamespaces.Medcom}"><medcom:SecurityLevel>{securityLevel}</medcom:SecurityLevel><medcom:Linking><medcom:FlowID>{Guid.NewGuid():N}</medcom:FlowID><medcom:MessageID>{Guid.NewGuid():N}</medcom:MessageID></medcom:Linking><medcom:FlowStatus>flow_running</medcom:FlowStatus></medcom:Header>
            """));
        header.PrependChild(document.ImportNode(medcom.DocumentElement!, deep: true));
        var request = new XmlDocument { XmlResolver = null };
        request.LoadXml(body);
        soapBody.AppendChild(document.ImportNode(request.DocumentElement!, deep: true));
        return Declaration + document.DocumentElement!.OuterXml;
    }

    /// <summary>An IDWS call by <paramref name="citizenCpr"/> with <paramref name="action"/> and <paramref name="body"/>.</summary>
    public static string IdwsCitizen(LocalStsIssuer issuer, string citizenCpr, string action, string body, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(time);
        var token = issuer.IssueCitizenToken(citizenCpr);
        var created = time.GetUtcNow();
        string xml =
            $"<soap:Envelope xmlns:soap=\"{SoapNamespaces.Soap11}\" xmlns:wsa=\"{SoapNamespaces.Wsa}\" xmlns:wsse=\"{SosiNamespaces.Wsse}\" xmlns:wsu=\"{SosiNamespaces.Wsu}\">" +
            $"<soap:Header><wsa:Action wsu:Id=\"action\">{action}</wsa:Action><wsa:MessageID wsu:Id=\"messageid\">urn:uuid:{Guid.NewGuid()}</wsa:MessageID>" +
            $"<wsse:Security><wsu:Timestamp wsu:Id=\"ts\"><wsu:Created>{DgwsIdCardWriter.Zulu(created)}</wsu:Created><wsu:Expires>{DgwsIdCardWriter.Zulu(created + CitizenMessageLifetime)}</wsu:Expires></wsu:Timestamp>{token.OuterXml}</wsse:Security></soap:Header>" +
            $"<soap:Body wsu:Id=\"body\">{body}</soap:Body></soap:Envelope>";
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        HolderOfKeySigner.Sign(document, issuer.CitizenHolderOfKey, ["body", "ts", "action", "messageid"]);
        return Declaration + document.DocumentElement!.OuterXml;
    }
}
