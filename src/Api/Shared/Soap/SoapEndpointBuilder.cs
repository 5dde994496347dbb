using System.Reflection;
using System.Xml;
using System.Xml.Linq;
using Nsp.Api.Shared.Security;

namespace Nsp.Api.Shared.Soap;

/// <summary>Describes one SOAP endpoint for <see cref="SoapEndpointRouteBuilderExtensions.MapSoapEndpoint"/>: its
/// SOAP version, security mode, audit category, size limit, published contract and operations.</summary>
public sealed class SoapEndpointBuilder
{
    /// <summary>The default request size limit: 10 MiB.</summary>
    public const long DefaultMaxRequestBytes = 10L * 1024 * 1024;

    private readonly Dictionary<XmlQualifiedName, SoapOperation> _operations = [];
    private readonly List<SoapContractDocument> _schemas = [];
    private SoapVersion _version = SoapVersion.Soap11;
    private SoapSecurity _security = SoapSecurity.Dgws;
    private string? _auditCategory;
    private long _maxRequestBytes = DefaultMaxRequestBytes;
    private bool _requireWsAddressing;
    private string? _publicBaseUrl;
    private SoapContractDocument? _wsdl;
    private readonly List<SoapContractDocument> _alternateWsdls = [];
    private int? _maxConcurrentRequests;

    internal SoapEndpointBuilder(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>SOAP 1.1 (<c>text/xml</c>, the default) or SOAP 1.2 (<c>application/soap+xml</c>).</summary>
    public SoapEndpointBuilder Version(SoapVersion version)
    {
        _version = version;
        return this;
    }

    /// <summary>DGWS (the default), IDWS, or none for an endpoint that explicitly serves callers without an ID card.</summary>
    public SoapEndpointBuilder Security(SoapSecurity security)
    {
        _security = security;
        return this;
    }

    /// <summary>The audit category of every call, e.g. <c>dk.sds.nsp.audit.log.idsas</c>; calls are audited only when set.</summary>
    public SoapEndpointBuilder Audit(string category)
    {
        ArgumentException.ThrowIfNullOrEmpty(category);
        _auditCategory = category;
        return this;
    }

    /// <summary>The largest request accepted, checked against Content-Length first and counted while reading.</summary>
    public SoapEndpointBuilder MaxRequestBytes(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytes, Array.MaxLength - 1L);
        _maxRequestBytes = bytes;
        return this;
    }

    /// <summary>At most this many calls are read, parsed and handled at once; the others wait (until the client gives
    /// up). For endpoints whose large requests cost tens of megabytes each while in flight (bulk registrations).</summary>
    public SoapEndpointBuilder MaxConcurrentRequests(int requests)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requests, 1);
        _maxConcurrentRequests = requests;
        return this;
    }

    /// <summary>Demands <c>wsa:Action</c> on every request (IHE XDS, IDWS); without it the call fails with
    /// <c>missing_required_header</c>. Answers carry WS-Addressing whenever the request did.</summary>
    public SoapEndpointBuilder RequireWsAddressing()
    {
        _requireWsAddressing = true;
        return this;
    }

    /// <summary>The base URL (scheme, host, optional path prefix) the published WSDL's addresses use instead of the
    /// URL the client called, e.g. behind a proxy.</summary>
    public SoapEndpointBuilder PublicBaseUrl(string? baseUrl)
    {
        _publicBaseUrl = string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.TrimEnd('/');
        return this;
    }

    /// <summary>Publishes the WSDL embedded in <paramref name="assembly"/> at <c>&lt;path&gt;?wsdl</c> and at each of
    /// <paramref name="extraPaths"/> (e.g. <c>/odr/wsdl/dgws</c>).</summary>
    public SoapEndpointBuilder Wsdl(Assembly assembly, string resourceName, params string[] extraPaths)
    {
        _wsdl = new SoapContractDocument(resourceName, EmbeddedDocuments.Read(assembly, resourceName), extraPaths);
        return this;
    }

    /// <summary>Publishes another WSDL of the same service (e.g. an IDWS edition beside the DGWS one) at each of
    /// <paramref name="paths"/>, rendered like <see cref="Wsdl"/>: its address is this endpoint, its schemaLocations
    /// point at this endpoint's XSDs.</summary>
    public SoapEndpointBuilder AlternateWsdl(Assembly assembly, string resourceName, params string[] paths)
    {
        if (paths.Length == 0)
        {
            throw new ArgumentException("An alternate WSDL needs at least one path to be served at.", nameof(paths));
        }

        _alternateWsdls.Add(new SoapContractDocument(resourceName, EmbeddedDocuments.Read(assembly, resourceName), paths));
        return this;
    }

    /// <summary>Lets <paramref name="actions"/> name the operation of <paramref name="element"/> too (added earlier):
    /// they are accepted as its action, and refused when the Body holds another operation's request.</summary>
    public SoapEndpointBuilder ActionAliases(XmlQualifiedName element, params string[] actions)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (!_operations.TryGetValue(element, out var operation))
        {
            throw new InvalidOperationException($"The SOAP endpoint {Path} has no operation for {element} to alias.");
        }

        _operations[element] = operation with { Aliases = [.. operation.Aliases, .. actions] };
        return this;
    }

    /// <summary>Publishes an XSD at <c>&lt;path&gt;?xsd=&lt;name&gt;</c> and at each of <paramref name="extraPaths"/>;
    /// <paramref name="name"/> (default: the resource name) is what the WSDL's and XSDs' schemaLocation say.</summary>
    public SoapEndpointBuilder Xsd(Assembly assembly, string resourceName, string? name = null, params string[] extraPaths)
    {
        _schemas.Add(new SoapContractDocument(name ?? resourceName, EmbeddedDocuments.Read(assembly, resourceName), extraPaths));
        return this;
    }

    /// <summary>Adds an operation answering with an <see cref="XElement"/>.</summary>
    /// <param name="element">The request element in the Body that selects the operation.</param>
    /// <param name="soapAction">The action a client may state (SOAPAction, SOAP 1.2 <c>action</c>, <c>wsa:Action</c>);
    /// a different stated action is a <c>syntax_error</c>. Null accepts any.</param>
    /// <param name="requirements">What the caller's card must be (ignored with <see cref="SoapSecurity.None"/>).</param>
    /// <param name="handler">Runs after the card is verified and the security context is set.</param>
    /// <param name="responseAction">The answer's <c>wsa:Action</c>; default the request action plus <c>Response</c>.</param>
    public SoapEndpointBuilder Operation(
        XmlQualifiedName element,
        string? soapAction,
        IdCardRequirements requirements,
        Func<SoapCall, CancellationToken, Task<XElement>> handler,
        string? responseAction = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Add(element, soapAction, requirements, responseAction, async (call, ct) => new SoapResponseBody(await handler(call, ct)));
    }

    /// <summary>Adds an operation answering with an <see cref="XmlElement"/>.</summary>
    /// <inheritdoc cref="Operation(XmlQualifiedName, string?, IdCardRequirements, Func{SoapCall, CancellationToken, Task{XElement}}, string?)"/>
    public SoapEndpointBuilder Operation(
        XmlQualifiedName element,
        string? soapAction,
        IdCardRequirements requirements,
        Func<SoapCall, CancellationToken, Task<XmlElement>> handler,
        string? responseAction = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Add(element, soapAction, requirements, responseAction, async (call, ct) => new SoapResponseBody(await handler(call, ct)));
    }

    internal SoapEndpointDefinition Build()
    {
        if (_operations.Count == 0)
        {
            throw new InvalidOperationException($"The SOAP endpoint {Path} has no operations.");
        }

        return new SoapEndpointDefinition(
            Path, _version, _security, _auditCategory, _maxRequestBytes, _requireWsAddressing, _publicBaseUrl,
            _operations, _wsdl, _schemas, _alternateWsdls, _maxConcurrentRequests);
    }

    private SoapEndpointBuilder Add(
        XmlQualifiedName element,
        string? soapAction,
        IdCardRequirements requirements,
        string? responseAction,
        Func<SoapCall, CancellationToken, Task<SoapResponseBody>> handler)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.IsEmpty)
        {
            throw new ArgumentException("An operation needs its request element's name.", nameof(element));
        }

        if (!_operations.TryAdd(element, new SoapOperation(element, soapAction, responseAction ?? (soapAction is null ? null : soapAction + "Response"), requirements, handler)))
        {
            throw new InvalidOperationException($"The SOAP endpoint {Path} already has an operation for {element}.");
        }

        return this;
    }
}
