using System.Xml.Linq;

namespace Nsp.Api.Shared.Soap;

/// <summary>A WSDL or XSD an endpoint publishes: read once from its assembly at mapping time, rewritten per request
/// so its addresses point at the URL the client used (or the configured public base URL).</summary>
internal sealed class SoapContractDocument
{
    private const string WsdlSoap11 = "http://schemas.xmlsoap.org/wsdl/soap/";
    private const string WsdlSoap12 = "http://schemas.xmlsoap.org/wsdl/soap12/";

    private readonly XDocument _template;

    public SoapContractDocument(string name, string text, IReadOnlyList<string> extraPaths)
    {
        Name = name;
        ExtraPaths = extraPaths;
        _template = XDocument.Parse(text, LoadOptions.PreserveWhitespace);
    }

    /// <summary>The name the document is published under (<c>?xsd=&lt;name&gt;</c>) and that schemaLocation
    /// references use.</summary>
    public string Name { get; }

    public IReadOnlyList<string> ExtraPaths { get; }

    /// <summary>The document with soap:address locations set to <paramref name="endpointUrl"/> and every
    /// schemaLocation naming a published XSD set to <c>endpointUrl?xsd=name</c>.</summary>
    public string Render(string endpointUrl, ISet<string> publishedSchemas)
    {
        var document = new XDocument(_template);
        foreach (var element in document.Descendants())
        {
            if (element.Name.LocalName == "address" && element.Name.NamespaceName is WsdlSoap11 or WsdlSoap12
                && element.Attribute("location") is { } location)
            {
                location.Value = endpointUrl;
            }

            if (element.Attribute("schemaLocation") is { } schemaLocation && publishedSchemas.Contains(schemaLocation.Value))
            {
                schemaLocation.Value = endpointUrl + "?xsd=" + Uri.EscapeDataString(schemaLocation.Value);
            }
        }

        // Served as UTF-8 whatever the embedded file declared.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document.Root!.ToString(SaveOptions.DisableFormatting);
    }
}
