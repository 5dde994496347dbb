using System.Text;
using System.Xml;

namespace Nsp.Api.Shared.Soap;

/// <summary>Writes answers and faults in the endpoint's SOAP version: the medcom:Header echo (FlowID copied, a new
/// MessageID, the request's MessageID as InResponseToMessageID) and, when the request used WS-Addressing, the answer's
/// Action, MessageID and RelatesTo.</summary>
internal static class SoapResponseWriter
{
    /// <summary>DGWS's own spelling (the schema's enumeration says "succesfully").</summary>
    public const string FlowFinalizedSuccessfully = "flow_finalized_succesfully";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        CloseOutput = false,
    };

    public static ReadOnlyMemory<byte> Success(
        SoapEndpointDefinition endpoint, SoapRequestMessage request, SoapOperation operation, SoapResponseBody body)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            string soap = SoapNamespaces.EnvelopeOf(endpoint.Version);
            writer.WriteStartElement("soap", "Envelope", soap);
            bool medcom = endpoint.Security == SoapSecurity.Dgws || request.MedcomHeader is not null;
            bool addressing = request.WsaAction is not null;
            if (medcom || addressing)
            {
                writer.WriteStartElement("soap", "Header", soap);
                if (medcom)
                {
                    WriteMedcomHeader(writer, request, finalized: true);
                }

                if (addressing)
                {
                    WriteAddressing(writer, request, operation.ResponseAction ?? request.WsaAction + "Response");
                }

                writer.WriteEndElement();
            }

            writer.WriteStartElement("soap", "Body", soap);
            body.WriteTo(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        // The written bytes without a copy; the stream only wraps the array.
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>A fault; <paramref name="request"/> is the parsed request when parsing got that far, so its Linking
    /// can be echoed for the client's correlation.</summary>
    public static ReadOnlyMemory<byte> Fault(SoapVersion version, SoapFault fault, SoapRequestMessage? request)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            string soap = SoapNamespaces.EnvelopeOf(version);
            writer.WriteStartElement("soap", "Envelope", soap);
            if (request?.MedcomHeader is not null)
            {
                writer.WriteStartElement("soap", "Header", soap);
                WriteMedcomHeader(writer, request, finalized: false);
                writer.WriteEndElement();
            }

            writer.WriteStartElement("soap", "Body", soap);
            writer.WriteStartElement("soap", "Fault", soap);
            if (version == SoapVersion.Soap12)
            {
                WriteSoap12Fault(writer, soap, fault);
            }
            else
            {
                WriteSoap11Fault(writer, fault);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        // The written bytes without a copy; the stream only wraps the array.
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static void WriteSoap11Fault(XmlWriter writer, SoapFault fault)
    {
        // SOAP 1.1's fault children are unqualified.
        writer.WriteElementString("faultcode", fault.SenderFault ? "soap:Client" : "soap:Server");
        writer.WriteElementString("faultstring", fault.Message);
        writer.WriteStartElement("detail");
        writer.WriteElementString("medcom", "FaultCode", SoapNamespaces.Medcom, fault.FaultCode);
        writer.WriteEndElement();
    }

    private static void WriteSoap12Fault(XmlWriter writer, string soap, SoapFault fault)
    {
        writer.WriteStartElement("soap", "Code", soap);
        writer.WriteElementString("soap", "Value", soap, fault.SenderFault ? "soap:Sender" : "soap:Receiver");
        writer.WriteEndElement();
        writer.WriteStartElement("soap", "Reason", soap);
        writer.WriteStartElement("soap", "Text", soap);
        writer.WriteAttributeString("xml", "lang", SoapNamespaces.Xml, "en");
        writer.WriteString(fault.Message);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteStartElement("soap", "Detail", soap);
        writer.WriteElementString("medcom", "FaultCode", SoapNamespaces.Medcom, fault.FaultCode);
        writer.WriteEndElement();
    }

    private static void WriteMedcomHeader(XmlWriter writer, SoapRequestMessage request, bool finalized)
    {
        writer.WriteStartElement("medcom", "Header", SoapNamespaces.Medcom);
        writer.WriteStartElement("medcom", "Linking", SoapNamespaces.Medcom);
        if (request.FlowId is not null)
        {
            writer.WriteElementString("medcom", "FlowID", SoapNamespaces.Medcom, request.FlowId);
        }

        writer.WriteElementString("medcom", "MessageID", SoapNamespaces.Medcom, NewMessageId());
        if (request.MessageId is not null)
        {
            writer.WriteElementString("medcom", "InResponseToMessageID", SoapNamespaces.Medcom, request.MessageId);
        }

        writer.WriteEndElement();
        if (finalized)
        {
            writer.WriteElementString("medcom", "FlowStatus", SoapNamespaces.Medcom, FlowFinalizedSuccessfully);
        }

        writer.WriteEndElement();
    }

    private static void WriteAddressing(XmlWriter writer, SoapRequestMessage request, string action)
    {
        writer.WriteElementString("wsa", "Action", SoapNamespaces.Wsa, action);
        writer.WriteElementString("wsa", "MessageID", SoapNamespaces.Wsa, "urn:uuid:" + Guid.NewGuid().ToString("D"));
        if (request.WsaMessageId is not null)
        {
            writer.WriteElementString("wsa", "RelatesTo", SoapNamespaces.Wsa, request.WsaMessageId);
        }
    }

    private static string NewMessageId() => Guid.NewGuid().ToString("D");
}
