using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Xml;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Integration.Shared.Soap;

/// <summary>Builds request envelopes as DGWS clients send them: medcom:Header with Linking, optionally WS-Addressing,
/// and the signed card inside wsse:Security, copied as text so its signed bytes are untouched.</summary>
public static class SoapRequests
{
    public const string FlowId = "flow-1";
    public const string MessageId = "message-1";
    public const string WsaMessageId = "urn:uuid:7d5a4a1e-0000-4000-8000-000000000001";

    public static string ProbeBody(string mode = "echo", string patientId = "0101801234") =>
        $"<p:ProbeRequest xmlns:p=\"{ProbeService.Namespace}\"><p:patientId>{patientId}</p:patientId><p:mode>{mode}</p:mode></p:ProbeRequest>";

    public static string Envelope(
        SoapVersion version,
        XmlElement? card,
        string? body = null,
        string? wsaAction = null,
        bool medcomHeader = true,
        bool emptySecurity = false)
    {
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        text.Append(CultureInfo.InvariantCulture, $"<soap:Envelope xmlns:soap=\"{SoapNamespaces.EnvelopeOf(version)}\"><soap:Header>");
        if (medcomHeader)
        {
            text.Append(CultureInfo.InvariantCulture, $"<medcom:Header xmlns:medcom=\"{SosiNamespaces.Medcom}\"><medcom:SecurityLevel>3</medcom:SecurityLevel>")
                .Append(CultureInfo.InvariantCulture, $"<medcom:Linking><medcom:FlowID>{FlowId}</medcom:FlowID><medcom:MessageID>{MessageId}</medcom:MessageID></medcom:Linking>")
                .Append("<medcom:FlowStatus>flow_running</medcom:FlowStatus><medcom:RequireNonRepudiationReceipt>no</medcom:RequireNonRepudiationReceipt></medcom:Header>");
        }

        if (wsaAction is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"<wsa:Action xmlns:wsa=\"{SoapNamespaces.Wsa}\">{wsaAction}</wsa:Action>")
                .Append(CultureInfo.InvariantCulture, $"<wsa:MessageID xmlns:wsa=\"{SoapNamespaces.Wsa}\">{WsaMessageId}</wsa:MessageID>");
        }

        if (card is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"<wsse:Security xmlns:wsse=\"{SosiNamespaces.Wsse}\">").Append(card.OuterXml).Append("</wsse:Security>");
        }
        else if (emptySecurity)
        {
            text.Append(CultureInfo.InvariantCulture, $"<wsse:Security xmlns:wsse=\"{SosiNamespaces.Wsse}\"/>");
        }

        text.Append("</soap:Header><soap:Body>").Append(body ?? ProbeBody()).Append("</soap:Body></soap:Envelope>");
        return text.ToString();
    }

    /// <summary>A POST with the content type of <paramref name="version"/>; the action goes into SOAPAction (1.1) or
    /// the content type's action parameter (1.2).</summary>
    public static HttpRequestMessage Post(string path, string envelope, SoapVersion version = SoapVersion.Soap11, string? action = ProbeService.Action) =>
        Post(path, new StringContent(envelope, Encoding.UTF8), version, action);

    public static HttpRequestMessage Post(string path, HttpContent content, SoapVersion version = SoapVersion.Soap11, string? action = ProbeService.Action)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (version == SoapVersion.Soap12)
        {
            var contentType = new MediaTypeHeaderValue("application/soap+xml") { CharSet = "utf-8" };
            if (action is not null)
            {
                contentType.Parameters.Add(new NameValueHeaderValue("action", $"\"{action}\""));
            }

            content.Headers.ContentType = contentType;
        }
        else
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
            if (action is not null)
            {
                request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action}\"");
            }
        }

        return request;
    }
}
