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
        Stream body, long? contentLength, long maxBytes, SoapVersion version, SoapParsingLimits limits, CancellationToken cancellationToken)
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

            return Parse(buffer, length, version, limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static SoapRequestMessage Parse(byte[] buffer, int length, SoapVersion version, SoapParsingLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        StartTagPrescan.Check(buffer.AsSpan(0, length), limits.MaxAttributesPerElement, limits.MaxDepth);
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var stream = new MemoryStream(buffer, 0, length, writable: false))
        using (var reader = new LimitedXmlReader(XmlReader.Create(stream, ReaderSettings), limits))
        {
            try
            {
                document.Load(reader);
            }
            catch (ArgumentException exception)
            {
                // XmlDocument re-checks what the reader let through and throws ArgumentException, e.g. for an XML
                // declaration whose version is "1.0" followed by other characters: still malformed XML.
                throw new XmlException("The request is not well-formed XML: " + exception.Message, exception);
            }
        }

        return Interpret(document, version, limits.MaxHeaderValueLength);
    }

    private static SoapRequestMessage Interpret(XmlDocument document, SoapVersion version, int maxHeaderValueLength)
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

        return header is null
            ? new SoapRequestMessage { Document = document, Operation = operation }
            : WithHeaders(document, operation, header, maxHeaderValueLength);
    }

    /// <summary>Each header we read may occur once: a second medcom:Header, wsse:Security or WS-Addressing header would
    /// leave it to chance which one is checked and which one is used.</summary>
    private static SoapRequestMessage WithHeaders(XmlDocument document, XmlElement operation, XmlElement header, int maxValueLength)
    {
        XmlElement? medcom = null;
        XmlElement? security = null;
        XmlElement? wsaActionElement = null;
        XmlElement? wsaMessageIdElement = null;
        XmlElement? wsaToElement = null;
        for (var node = header.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is not XmlElement element)
            {
                continue;
            }

            switch (element.NamespaceURI)
            {
                case SoapNamespaces.Medcom when element.LocalName == "Header":
                    medcom = Once(medcom, element, "medcom:Header");
                    break;
                case SoapNamespaces.Wsse when element.LocalName == "Security":
                    security = Once(security, element, "wsse:Security");
                    break;
                case SoapNamespaces.Wsa:
                    switch (element.LocalName)
                    {
                        case "Action":
                            wsaActionElement = Once(wsaActionElement, element, "wsa:Action");
                            break;
                        case "MessageID":
                            wsaMessageIdElement = Once(wsaMessageIdElement, element, "wsa:MessageID");
                            break;
                        case "To":
                            wsaToElement = Once(wsaToElement, element, "wsa:To");
                            break;
                    }

                    break;
            }
        }

        var linking = medcom is null ? null : OnlyChild(medcom, SoapNamespaces.Medcom, "Linking", "medcom:Linking");
        var assertion = security is null ? null : OnlyChild(security, SoapNamespaces.Saml, "Assertion", "saml:Assertion (ID card)");
        var subject = assertion is null ? null : Child(assertion, SoapNamespaces.Saml, "Subject");
        return new SoapRequestMessage
        {
            Document = document,
            Operation = operation,
            MedcomHeader = medcom,
            Security = security,
            Assertion = assertion,
            FlowId = HeaderText(OnlyChild(linking, SoapNamespaces.Medcom, "FlowID", "medcom:FlowID"), "medcom:FlowID", maxValueLength),
            MessageId = HeaderText(OnlyChild(linking, SoapNamespaces.Medcom, "MessageID", "medcom:MessageID"), "medcom:MessageID", maxValueLength),
            WsaAction = HeaderText(wsaActionElement, "wsa:Action", maxValueLength),
            WsaMessageId = HeaderText(wsaMessageIdElement, "wsa:MessageID", maxValueLength),
            WsaTo = HeaderText(wsaToElement, "wsa:To", maxValueLength),
            StatedIssuer = HeaderText(Child(assertion, SoapNamespaces.Saml, "Issuer"), "saml:Issuer", maxValueLength),
            StatedNameId = HeaderText(Child(subject, SoapNamespaces.Saml, "NameID"), "saml:NameID", maxValueLength),
        };
    }

    private static XmlElement Once(XmlElement? found, XmlElement element, string what) =>
        found is null ? element : throw SoapFaultException.Syntax($"The SOAP Header holds more than one {what}.");

    /// <summary>The one child of that name, or null; a second one is refused.</summary>
    private static XmlElement? OnlyChild(XmlElement? parent, string namespaceUri, string localName, string what)
    {
        XmlElement? found = null;
        for (var node = parent?.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is XmlElement element && element.LocalName == localName && element.NamespaceURI == namespaceUri)
            {
                found = found is null ? element : throw SoapFaultException.Syntax($"The SOAP Header holds more than one {what}.");
            }
        }

        return found;
    }

    private static string? HeaderText(XmlElement? element, string what, int maxLength)
    {
        if (element is null)
        {
            return null;
        }

        // Only text children count: a header value with elements inside is not a value.
        string? text = null;
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            switch (node)
            {
                case XmlText or XmlWhitespace or XmlSignificantWhitespace or XmlCDataSection:
                    text = text is null ? node.Value : text + node.Value;
                    if (text!.Length > maxLength)
                    {
                        throw SoapFaultException.Syntax($"The header value {what} is longer than {maxLength} characters.");
                    }

                    break;
                case XmlElement:
                    throw SoapFaultException.Syntax($"The header value {what} must be text, not elements.");
            }
        }

        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
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

    internal static XmlElement? Child(XmlElement? parent, string namespaceUri, string localName)
    {
        for (var node = parent?.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is XmlElement element && element.LocalName == localName && element.NamespaceURI == namespaceUri)
            {
                return element;
            }
        }

        return null;
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
