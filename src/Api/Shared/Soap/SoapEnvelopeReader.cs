using System.Buffers;
using System.Globalization;
using System.Xml;

namespace Nsp.Api.Shared.Soap;

/// <summary>
/// Reads a request body once into a pooled buffer (refusing it as soon as it passes the endpoint's limit), then parses
/// it with an <see cref="XmlReader"/> that prohibits DTDs and resolves nothing, into an <see cref="XmlDocument"/>
/// with whitespace preserved (the ID card's signature covers the exact text).
/// </summary>
internal static class SoapEnvelopeReader
{
    private const int InitialBufferBytes = 16 * 1024;

    // A DOCTYPE is an XmlException (so no entity can be declared, expanded or fetched); comments, processing
    // instructions and whitespace are kept because canonicalization of the signed card includes them.
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = false,
        IgnoreComments = false,
        IgnoreProcessingInstructions = false,
        CloseInput = false,
    };

    public static async Task<SoapRequestMessage> ReadAsync(
        Stream body, long? contentLength, long maxBytes, SoapVersion version, CancellationToken cancellationToken)
    {
        if (contentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        int capacity = (int)Math.Min(contentLength is > 0 ? contentLength.Value + 1 : InitialBufferBytes, maxBytes + 1);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 1));
        try
        {
            int length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length, maxBytes);
                }

                int read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                // Counting as we read: a body without Content-Length (chunked) is stopped here.
                if (length > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }
            }

            return Parse(buffer, length, version);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static SoapRequestMessage Parse(byte[] buffer, int length, SoapVersion version)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var stream = new MemoryStream(buffer, 0, length, writable: false))
        using (var reader = XmlReader.Create(stream, ReaderSettings))
        {
            document.Load(reader);
        }

        return Interpret(document, version);
    }

    private static SoapRequestMessage Interpret(XmlDocument document, SoapVersion version)
    {
        string envelopeNamespace = SoapNamespaces.EnvelopeOf(version);
        var envelope = document.DocumentElement;
        if (envelope is null || envelope.LocalName != "Envelope" || envelope.NamespaceURI != envelopeNamespace)
        {
            throw SoapFaultException.Syntax(
                $"The document element must be Envelope in the namespace {envelopeNamespace} (this endpoint speaks {Describe(version)}).");
        }

        XmlElement? header = null;
        XmlElement? body = null;
        for (var node = envelope.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is not XmlElement element)
            {
                continue;
            }

            if (element.NamespaceURI == envelopeNamespace && element.LocalName == "Header" && header is null && body is null)
            {
                header = element;
            }
            else if (element.NamespaceURI == envelopeNamespace && element.LocalName == "Body" && body is null)
            {
                body = element;
            }
            else
            {
                throw SoapFaultException.Syntax("The Envelope may hold only an optional Header followed by one Body.");
            }
        }

        if (body is null)
        {
            throw SoapFaultException.Syntax("The Envelope has no Body.");
        }

        var operation = SingleChildElement(body)
            ?? throw SoapFaultException.Syntax("The Body must hold exactly one element, the operation's request.");

        return header is null ? new SoapRequestMessage { Document = document, Operation = operation } : WithHeaders(document, operation, header);
    }

    private static SoapRequestMessage WithHeaders(XmlDocument document, XmlElement operation, XmlElement header)
    {
        XmlElement? medcom = null;
        XmlElement? security = null;
        string? wsaAction = null;
        string? wsaMessageId = null;
        string? wsaTo = null;
        for (var node = header.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is not XmlElement element)
            {
                continue;
            }

            switch (element.NamespaceURI)
            {
                case SoapNamespaces.Medcom when element.LocalName == "Header":
                    medcom ??= element;
                    break;
                case SoapNamespaces.Wsse when element.LocalName == "Security":
                    security ??= element;
                    break;
                case SoapNamespaces.Wsa:
                    switch (element.LocalName)
                    {
                        case "Action":
                            wsaAction ??= Text(element);
                            break;
                        case "MessageID":
                            wsaMessageId ??= Text(element);
                            break;
                        case "To":
                            wsaTo ??= Text(element);
                            break;
                    }

                    break;
            }
        }

        var linking = medcom is null ? null : Child(medcom, SoapNamespaces.Medcom, "Linking");
        var assertion = security is null ? null : Child(security, SoapNamespaces.Saml, "Assertion");
        var subject = assertion is null ? null : Child(assertion, SoapNamespaces.Saml, "Subject");
        return new SoapRequestMessage
        {
            Document = document,
            Operation = operation,
            MedcomHeader = medcom,
            Security = security,
            Assertion = assertion,
            FlowId = TextOf(linking, SoapNamespaces.Medcom, "FlowID"),
            MessageId = TextOf(linking, SoapNamespaces.Medcom, "MessageID"),
            WsaAction = wsaAction,
            WsaMessageId = wsaMessageId,
            WsaTo = wsaTo,
            StatedIssuer = TextOf(assertion, SoapNamespaces.Saml, "Issuer"),
            StatedNameId = TextOf(subject, SoapNamespaces.Saml, "NameID"),
        };
    }

    private static XmlElement? SingleChildElement(XmlElement parent)
    {
        XmlElement? found = null;
        for (var node = parent.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is XmlElement element)
            {
                if (found is not null)
                {
                    return null;
                }

                found = element;
            }
            else if (node is XmlText text && !string.IsNullOrWhiteSpace(text.Value))
            {
                return null;
            }
        }

        return found;
    }

    internal static XmlElement? Child(XmlElement parent, string namespaceUri, string localName)
    {
        for (var node = parent.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is XmlElement element && element.LocalName == localName && element.NamespaceURI == namespaceUri)
            {
                return element;
            }
        }

        return null;
    }

    private static string? TextOf(XmlElement? parent, string namespaceUri, string localName) =>
        parent is null ? null : Child(parent, namespaceUri, localName) is { } element ? Text(element) : null;

    private static string? Text(XmlElement element)
    {
        string text = element.InnerText.Trim();
        return text.Length == 0 ? null : text;
    }

    private static byte[] Grow(byte[] buffer, int length, long maxBytes)
    {
        int size = (int)Math.Min((long)buffer.Length * 2, maxBytes + 1);
        byte[] larger = ArrayPool<byte>.Shared.Rent(size);
        Buffer.BlockCopy(buffer, 0, larger, 0, length);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static SoapFaultException TooLarge(long maxBytes) =>
        SoapFaultException.Syntax(string.Create(
            CultureInfo.InvariantCulture, $"The request is larger than this endpoint's limit of {maxBytes} bytes."));

    private static string Describe(SoapVersion version) => version == SoapVersion.Soap12 ? "SOAP 1.2" : "SOAP 1.1";
}
