using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Nsp.Domain.Crk;
using Nsp.Domain.Shared;

namespace Nsp.Infrastructure.Crk.Sources;

/// <summary>Reads a CRK source's document: well-formed XML without a DTD, valid against the DKS schema
/// (<c>dksconfig.xsd</c>), one <c>dks:endpoint</c>; then the definition's own rules (<see cref="DksEndpointDefinition"/>).
/// Every refusal is a <see cref="CrkDefinitionException"/> whose message says what is wrong.</summary>
public sealed class DksDocumentParser
{
    /// <summary>Ours: a DKS document is a few kilobytes; anything this large is not one.</summary>
    public const int MaxDocumentBytes = 1024 * 1024;

    private readonly XmlSchemaSet _schemas;
    private readonly XNamespace _ns;

    /// <param name="schema">The DKS schema's text (the one the services' <c>/dksconfig?xsd</c> pages serve).</param>
    public DksDocumentParser(string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        _schemas = new XmlSchemaSet { XmlResolver = null };
        using (var reader = XmlReader.Create(new StringReader(schema), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            var loaded = _schemas.Add(null, reader) ?? throw new InvalidOperationException("The DKS schema could not be read.");
            _ns = loaded.TargetNamespace ?? throw new InvalidOperationException("The DKS schema has no target namespace.");
        }

        _schemas.Compile();
    }

    public DksEndpointDefinition Parse(byte[] document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Length > MaxDocumentBytes)
        {
            throw new CrkDefinitionException($"the document is larger than {MaxDocumentBytes} bytes");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = _schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            MaxCharactersInDocument = MaxDocumentBytes,
        };
        settings.ValidationEventHandler += (_, e) => throw new CrkDefinitionException(
            string.Create(CultureInfo.InvariantCulture, $"the document does not match the DKS schema (line {e.Exception.LineNumber}): {e.Message}"));

        XDocument parsed;
        try
        {
            using var stream = new MemoryStream(document, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            parsed = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new CrkDefinitionException("the document is not well-formed XML: " + e.Message, e);
        }

        var root = parsed.Root!;
        if (root.Name != _ns + "endpoint")
        {
            throw new CrkDefinitionException($"the document's root is {root.Name.LocalName}, not dks:endpoint");
        }

        return DksEndpointDefinition.Create(
            Text(root, "name"),
            Text(root, "url"),
            Instant(Text(root, "externaltime")),
            root.Elements(_ns + "action").Select(Action));
    }

    private DksActionDefinition Action(XElement action)
    {
        var maxAge = Text(action, "idcardmaxage");
        return new DksActionDefinition(
            Text(action, "name") ?? string.Empty,
            Text(action, "model") ?? string.Empty,
            long.TryParse(Text(action, "timeout"), NumberStyles.None, CultureInfo.InvariantCulture, out var timeout) ? timeout
                : throw new CrkDefinitionException($"the action {Text(action, "name")} has a timeout beyond {long.MaxValue} milliseconds"),
            XmlConvert.ToBoolean(Text(action, "useProxy") ?? "false"),
            maxAge is null ? null
                : int.TryParse(maxAge, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) ? minutes
                : throw new CrkDefinitionException($"the action {Text(action, "name")} has an idcardmaxage beyond {int.MaxValue} minutes"));
    }

    private string? Text(XElement parent, string name) => parent.Element(_ns + name)?.Value.Trim();

    /// <summary>xs:dateTime; without an offset it is Danish time (DESIGN 4.9).</summary>
    private static DateTime? Instant(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var hasZone = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (hasZone)
        {
            return XmlConvert.ToDateTimeOffset(text).UtcDateTime;
        }

        return DanishTime.FromLocal(XmlConvert.ToDateTime(text, XmlDateTimeSerializationMode.Unspecified)).UtcDateTime;
    }
}
