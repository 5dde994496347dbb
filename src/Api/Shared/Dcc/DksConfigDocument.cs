using System.Globalization;
using System.Text;
using System.Xml;
using Nsp.Api.Shared.Soap;

namespace Nsp.Api.Shared.Dcc;

/// <summary>Renders the DKS configuration document defined by the embedded <c>dksconfig.xsd</c>.</summary>
public static class DksConfigDocument
{
    public const string Namespace = "http://nsp.dk/dksconfig/2026/11/25/";

    public const string SchemaName = "dksconfig.xsd";

    private static readonly Lazy<string> SchemaText = new(() => EmbeddedDocuments.Read(typeof(DksConfigDocument).Assembly, SchemaName));

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
    };

    /// <summary>The XSD's text.</summary>
    public static string Schema => SchemaText.Value;

    public static byte[] Render(DccEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("dks", "endpoint", Namespace);
            writer.WriteElementString("dks", "name", Namespace, endpoint.Name);
            writer.WriteElementString("dks", "url", Namespace, endpoint.Url.AbsoluteUri);
            writer.WriteElementString("dks", "externaltime", Namespace, XmlConvert.ToString(endpoint.ExternalTime.ToUniversalTime().UtcDateTime, XmlDateTimeSerializationMode.Utc));
            foreach (var action in endpoint.Actions)
            {
                writer.WriteStartElement("dks", "action", Namespace);
                if (action.ServiceIdentifier is not null)
                {
                    writer.WriteAttributeString("serviceIdentifier", action.ServiceIdentifier);
                }

                writer.WriteElementString("dks", "name", Namespace, action.Name);
                writer.WriteElementString("dks", "model", Namespace, action.Model);
                writer.WriteElementString("dks", "timeout", Namespace, Whole(action.Timeout.TotalMilliseconds));
                writer.WriteElementString("dks", "useProxy", Namespace, action.UseProxy ? "true" : "false");
                writer.WriteElementString("dks", "idcardmaxage", Namespace, Whole(action.IdCardMaxAge.TotalMinutes));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static string Whole(double value) =>
        ((long)Math.Max(1, Math.Ceiling(value))).ToString(CultureInfo.InvariantCulture);
}
