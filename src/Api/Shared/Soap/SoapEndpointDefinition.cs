using System.Xml;

namespace Nsp.Api.Shared.Soap;

/// <summary>An endpoint as mapped: immutable, shared by every call.</summary>
internal sealed class SoapEndpointDefinition(
    string path,
    SoapVersion version,
    SoapSecurity security,
    string? auditCategory,
    long maxRequestBytes,
    bool requireWsAddressing,
    string? publicBaseUrl,
    IReadOnlyDictionary<XmlQualifiedName, SoapOperation> operations,
    SoapContractDocument? wsdl,
    IReadOnlyList<SoapContractDocument> schemas,
    IReadOnlyList<SoapContractDocument> alternateWsdls,
    int? maxConcurrentRequests = null)
{
    /// <summary>How many calls may be read and handled at once; the others wait their turn (null: no limit).</summary>
    public int? MaxConcurrentRequests { get; } = maxConcurrentRequests;

    public string Path { get; } = path;

    public SoapVersion Version { get; } = version;

    public SoapSecurity Security { get; } = security;

    public string? AuditCategory { get; } = auditCategory;

    public long MaxRequestBytes { get; } = maxRequestBytes;

    public bool RequireWsAddressing { get; } = requireWsAddressing;

    public string? PublicBaseUrl { get; } = publicBaseUrl;

    public IReadOnlyDictionary<XmlQualifiedName, SoapOperation> Operations { get; } = operations;

    public SoapContractDocument? Wsdl { get; } = wsdl;

    public IReadOnlyList<SoapContractDocument> Schemas { get; } = schemas;

    /// <summary>Further WSDLs of the same service, each served only at its own paths.</summary>
    public IReadOnlyList<SoapContractDocument> AlternateWsdls { get; } = alternateWsdls;

    public ISet<string> SchemaNames { get; } = schemas.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>The media type requests must carry and answers are sent with.</summary>
    public string MediaType => Version == SoapVersion.Soap12 ? "application/soap+xml" : "text/xml";

    public string ResponseContentType => MediaType + "; charset=utf-8";
}
