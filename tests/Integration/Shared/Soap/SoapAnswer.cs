using System.Net;
using System.Xml;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Integration.Shared.Soap;

/// <summary>A response envelope read back for assertions.</summary>
public sealed class SoapAnswer
{
    private SoapAnswer(HttpStatusCode status, string? contentType, XmlDocument document, string text)
    {
        Status = status;
        ContentType = contentType;
        Document = document;
        Text = text;
    }

    public HttpStatusCode Status { get; }

    public string? ContentType { get; }

    public XmlDocument Document { get; }

    public string Text { get; }

    public string? FaultCode => First(SosiNamespaces.Medcom, "FaultCode");

    /// <summary><c>faultcode</c> (1.1) or <c>Code/Value</c> (1.2).</summary>
    public string? FaultSide => First(string.Empty, "faultcode") ?? First(SoapNamespaces.Soap12, "Value");

    /// <summary><c>faultstring</c> (1.1) or <c>Reason/Text</c> (1.2).</summary>
    public string? FaultString => First(string.Empty, "faultstring") ?? First(SoapNamespaces.Soap12, "Text");

    public XmlElement? BodyElement
    {
        get
        {
            var body = (XmlElement?)Document.DocumentElement?.GetElementsByTagName("Body", Document.DocumentElement.NamespaceURI)[0];
            return body?.ChildNodes.OfType<XmlElement>().FirstOrDefault();
        }
    }

    public static async Task<SoapAnswer> ReadAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        var document = new XmlDocument { XmlResolver = null };
        document.LoadXml(text);
        return new SoapAnswer(response.StatusCode, response.Content.Headers.ContentType?.ToString(), document, text);
    }

    public string? First(string namespaceUri, string localName) =>
        Document.GetElementsByTagName(localName, namespaceUri) is { Count: > 0 } found ? found[0]!.InnerText : null;
}
