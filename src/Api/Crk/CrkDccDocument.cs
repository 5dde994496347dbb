using System.Globalization;
using System.Text;
using System.Xml;
using Nsp.Api.Shared.Dcc;
using Nsp.Domain.Crk;

namespace Nsp.Api.Crk;

/// <summary>Renders a node's DCC configuration as the DKS schema's <c>dks:endpoints</c> document (the schema the
/// services' <c>/dksconfig</c> pages and CRK's sources share).</summary>
public static class CrkDccDocument
{
    private const string Prefix = "dks";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
    };

    public static byte[] Render(IReadOnlyList<DccEndpointView> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        const string ns = DksConfigDocument.Namespace;
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(Prefix, "endpoints", ns);
            foreach (var endpoint in endpoints)
            {
                writer.WriteStartElement(Prefix, "endpoint", ns);
                writer.WriteElementString(Prefix, "name", ns, endpoint.Name);
                writer.WriteElementString(Prefix, "url", ns, endpoint.Url.AbsoluteUri);
                writer.WriteElementString(Prefix, "externaltime", ns, XmlConvert.ToString(endpoint.ExternalTime, XmlDateTimeSerializationMode.Utc));
                if (endpoint.DoNotVerifySslHostname is { } doNotVerify)
                {
                    writer.WriteElementString(Prefix, "donotverifysslhostname", ns, doNotVerify ? "true" : "false");
                }

                if (endpoint.WsaHeadersProcessing is { } wsa)
                {
                    writer.WriteElementString(Prefix, "wsaheadersprocessing", ns, wsa);
                }

                foreach (var action in endpoint.Actions)
                {
                    writer.WriteStartElement(Prefix, "action", ns);
                    writer.WriteElementString(Prefix, "name", ns, action.Name);
                    writer.WriteElementString(Prefix, "model", ns, action.Model);
                    writer.WriteElementString(Prefix, "timeout", ns, action.Timeout.ToString(CultureInfo.InvariantCulture));
                    writer.WriteElementString(Prefix, "useProxy", ns, action.UseProxy ? "true" : "false");
                    if (action.IdCardMaxAge is { } maxAge)
                    {
                        writer.WriteElementString(Prefix, "idcardmaxage", ns, maxAge.ToString(CultureInfo.InvariantCulture));
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }
}
