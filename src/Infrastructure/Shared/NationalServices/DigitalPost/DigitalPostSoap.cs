using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Nsp.Application.Shared.NationalServices.DigitalPost;

namespace Nsp.Infrastructure.Shared.NationalServices.DigitalPost;

/// <summary>
/// The SendDigitalPost messages (docs/digitalpost-http.md): a SOAP 1.1 document/literal request
/// <c>dp:SendDigitalPost</c> whose children, qualified in <see cref="Namespace"/>, are the contract's fields in order,
/// and the answer <c>dp:SendDigitalPostResponse</c> (<c>message-id</c>, <c>status</c>).
/// </summary>
public static class DigitalPostSoap
{
    public const string Namespace = "http://nspop.dk/digitalpost/2024/05/29/";

    public const string SoapNamespace = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>The SOAPAction header's value, quoted as SOAP 1.1 writes it.</summary>
    public const string SoapAction = "\"" + Namespace + "SendDigitalPost\"";

    /// <summary>Longest status text accepted from the adapter; it goes to the audit log.</summary>
    public const int MaxStatusLength = 200;

    private const int MaxAnswerCharacters = 1 << 20;

    private static readonly XNamespace Dp = Namespace;
    private static readonly XNamespace Soap = SoapNamespace;

    /// <summary>The request envelope, UTF-8 without a byte order mark.</summary>
    /// <exception cref="ArgumentException">A field holds characters XML cannot carry.</exception>
    public static byte[] WriteRequest(DigitalPostLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CheckCharacters = true };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("soap", "Envelope", SoapNamespace);
            writer.WriteStartElement("soap", "Body", SoapNamespace);
            writer.WriteStartElement("dp", "SendDigitalPost", Namespace);
            Field(writer, "message-id", letter.MessageId.ToString("D", CultureInfo.InvariantCulture));
            Field(writer, "recipient-id", letter.RecipientCpr.ToString());
            Field(writer, "recipient-id-source", letter.RecipientIdSource);
            Field(writer, "template-digital", letter.TemplateDigital);
            if (letter.TemplatePhysical is not null)
            {
                Field(writer, "template-physical", letter.TemplatePhysical);
            }

            Details(writer, "recipient-details", letter.RecipientDetails);
            Details(writer, "template-details", letter.TemplateDetails);
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads the adapter's answer to the letter <paramref name="messageId"/>.</summary>
    /// <exception cref="FormatException">Not XML, not a SOAP envelope, a SOAP fault, or a response that lacks a field
    /// or acknowledges another message id. The message names the problem, never the answer's text.</exception>
    public static DigitalPostReceipt ReadResponse(Stream answer, Guid messageId)
    {
        ArgumentNullException.ThrowIfNull(answer);
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxAnswerCharacters,
            };
            using var reader = XmlReader.Create(answer, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException($"the answer is not XML (line {e.LineNumber})", e);
        }

        var envelope = document.Root;
        if (envelope is null || envelope.Name != Soap + "Envelope")
        {
            throw new FormatException("the answer is not a SOAP 1.1 envelope");
        }

        var content = envelope.Element(Soap + "Body")?.Elements().FirstOrDefault()
            ?? throw new FormatException("the answer has an empty or no soap:Body");
        if (content.Name == Soap + "Fault")
        {
            // The fault string may quote the letter; only a code that looks like a QName is passed on.
            throw new FormatException($"the answer is a SOAP fault ({FaultCode(content)})");
        }

        if (content.Name != Dp + "SendDigitalPostResponse")
        {
            throw new FormatException("the answer is not a SendDigitalPostResponse");
        }

        var idText = Required(content, "message-id");
        if (!Guid.TryParseExact(idText, "D", out var answeredId))
        {
            throw new FormatException("the answer's message-id is not a UUID");
        }

        if (answeredId != messageId)
        {
            throw new FormatException("the answer acknowledges another message-id");
        }

        var status = Required(content, "status");
        return status.Length <= MaxStatusLength
            ? new DigitalPostReceipt(answeredId, status)
            : throw new FormatException($"the answer's status is longer than {MaxStatusLength} characters");
    }

    private static string FaultCode(XElement fault)
    {
        var code = fault.Element("faultcode")?.Value.Trim();
        return code is { Length: > 0 and <= 64 } && char.IsAsciiLetter(code[0])
            && code.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '.' or '_' or '-')
            ? "faultcode " + code
            : "no readable faultcode";
    }

    private static string Required(XElement response, string name)
    {
        var value = response.Element(Dp + name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? throw new FormatException($"the answer has no {name}") : value;
    }

    private static void Field(XmlWriter writer, string name, string value) =>
        writer.WriteElementString("dp", name, Namespace, value);

    private static void Details(XmlWriter writer, string name, IReadOnlyList<KeyValuePair<string, string>> details)
    {
        writer.WriteStartElement("dp", name, Namespace);
        foreach (var (key, value) in details)
        {
            writer.WriteStartElement("dp", "detail", Namespace);
            Field(writer, "key", key);
            Field(writer, "value", value);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
