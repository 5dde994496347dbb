using System.Reflection;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Nsp.Api.Odr.Soap;

namespace Nsp.Tests.Integration.Odr.Contract;

/// <summary>The ODR contract's schemas as System.Xml.Schema sets: our served XSDs (from Nsp.Api's resources) and the
/// HL7 CDA excerpt kept as test data (cda/README.md). XML is read with DTDs prohibited and nothing resolved but
/// these resources.</summary>
internal static class OdrContractSchemas
{
    private static readonly Assembly Api = typeof(OdrSoapContract).Assembly;
    private static readonly Assembly Tests = typeof(OdrContractSchemas).Assembly;

    /// <summary>Our served XSDs: the messages, the registration and our HL7 types.</summary>
    public static XmlSchemaSet Served() => Compile(OdrSoapContract.MessagesXsd, new Dictionary<string, string>());

    /// <summary>The CDA excerpt, our registration XSD (its HL7 import redirected to the excerpt) and the test's Get
    /// response element typed with HL7's ClinicalDocument.</summary>
    public static XmlSchemaSet Cda() =>
        Compile("odr-get-response-test.xsd", new Dictionary<string, string> { [OdrSoapContract.Hl7Xsd] = "POCD_MT000040_excerpt.xsd" });

    public static string Text(string resource)
    {
        using var stream = Api.GetManifestResourceStream(resource) ?? Tests.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No resource {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static XmlDocument Load(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var document = new XmlDocument { XmlResolver = null, PreserveWhitespace = false };
        document.Load(reader);
        return document;
    }

    public static XmlElement ToXmlElement(XElement element) => Load(element.ToString(SaveOptions.DisableFormatting)).DocumentElement!;

    /// <summary>The validation errors and warnings of <paramref name="element"/>; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(XmlSchemaSet schemas, XmlElement element)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(new XmlNodeReader(element), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet Compile(string entry, Dictionary<string, string> redirects)
    {
        var resolver = new ResourceResolver(redirects);
        var schemas = new XmlSchemaSet { XmlResolver = resolver };
        var errors = new List<string>();
        schemas.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        var uri = resolver.ResolveUri(null, entry);
        using (var stream = (Stream)resolver.GetEntity(uri, null, typeof(Stream))!)
        using (var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }, uri.AbsoluteUri))
        {
            schemas.Add(XmlSchema.Read(reader, (_, e) => errors.Add(e.Message))!);
        }

        schemas.Compile();
        return errors.Count == 0 ? schemas : throw new InvalidOperationException("The schemas do not compile: " + string.Join(" | ", errors));
    }

    /// <summary>Resolves schema locations by file name to the embedded resources, after the redirects; the same file
    /// always gets the same URI, so a namespace reached by two paths is loaded once.</summary>
    private sealed class ResourceResolver(IReadOnlyDictionary<string, string> redirects) : XmlResolver
    {
        public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
        {
            string name = Path.GetFileName(relativeUri ?? string.Empty);
            return new Uri("res://contract/" + (redirects.TryGetValue(name, out var target) ? target : name));
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            string name = absoluteUri.Segments[^1];
            return Api.GetManifestResourceStream(name) ?? Tests.GetManifestResourceStream(name)
                ?? throw new XmlException($"The schemas reference {name}, which is not an embedded resource.");
        }
    }
}
