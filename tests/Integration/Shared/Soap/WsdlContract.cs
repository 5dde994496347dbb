using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Nsp.Tests.Integration.Shared.Soap;

/// <summary>
/// A service contract as a client sees it: the WSDL fetched over HTTP, the schemas in its <c>types</c> plus every XSD
/// they reference by schemaLocation (fetched over HTTP at the rewritten URLs), compiled with System.Xml.Schema.
/// Validates real request and response bodies against it.
/// </summary>
public sealed class WsdlContract
{
    private const string WsdlNamespace = "http://schemas.xmlsoap.org/wsdl/";
    private const string XsdNamespace = "http://www.w3.org/2001/XMLSchema";

    private WsdlContract(XDocument wsdl, XmlSchemaSet schemas)
    {
        Wsdl = wsdl;
        Schemas = schemas;
    }

    public XDocument Wsdl { get; }

    public XmlSchemaSet Schemas { get; }

    /// <summary>Every <c>soap:address</c> / <c>soap12:address</c> location in the WSDL.</summary>
    public IReadOnlyList<string> Addresses =>
        [.. Wsdl.Descendants().Where(e => e.Name.LocalName == "address").Select(e => (string?)e.Attribute("location") ?? string.Empty)];

    public static async Task<WsdlContract> LoadAsync(HttpClient client, Uri wsdlUrl)
    {
        var fetched = new Dictionary<Uri, string>();
        string wsdlText = await client.GetStringAsync(wsdlUrl);
        var wsdl = XDocument.Parse(wsdlText);
        var pending = new Queue<XElement>(wsdl.Descendants(XName.Get("schema", XsdNamespace)));
        while (pending.TryDequeue(out var schema))
        {
            foreach (var reference in schema.Descendants().Where(e => e.Name.NamespaceName == XsdNamespace && e.Attribute("schemaLocation") is not null))
            {
                var location = new Uri(wsdlUrl, (string)reference.Attribute("schemaLocation")!);
                if (!fetched.ContainsKey(location))
                {
                    string text = await client.GetStringAsync(location);
                    fetched[location] = text;
                    pending.Enqueue(XDocument.Parse(text).Root!);
                }
            }
        }

        var schemas = new XmlSchemaSet { XmlResolver = new FetchedResolver(fetched) };
        var errors = new List<string>();
        schemas.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        foreach (var schema in wsdl.Descendants(XName.Get("schema", XsdNamespace)))
        {
            using var reader = schema.CreateReader();
            schemas.Add(XmlSchema.Read(reader, (_, e) => errors.Add(e.Message))!);
        }

        schemas.Compile();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The contract's schemas do not compile: " + string.Join(" | ", errors));
        }

        return new WsdlContract(wsdl, schemas);
    }

    /// <summary>The validation errors of <paramref name="body"/> (a request or response element); empty when valid.</summary>
    public IReadOnlyList<string> Validate(XmlElement body)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using var reader = XmlReader.Create(new XmlNodeReader(body), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    /// <summary>Resolves only the schema URLs fetched beforehand; nothing else is read.</summary>
    private sealed class FetchedResolver(IReadOnlyDictionary<Uri, string> fetched) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            fetched.TryGetValue(absoluteUri, out var text)
                ? new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))
                : throw new XmlException($"The contract references {absoluteUri}, which was not fetched.");
    }
}
