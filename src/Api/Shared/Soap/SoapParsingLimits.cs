using System.Globalization;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Soap;

/// <summary>
/// What the gateway's XML reader accepts in one request, enforced while reading, before anything walks the document:
/// how deep elements nest, how many attributes an element has, how many namespace declarations are in scope, how long
/// one text or attribute value is, and how long the header values we copy into audit lines and answers are (FlowID,
/// MessageID, wsa:Action, wsa:MessageID, wsa:To, the card's Issuer and NameID). Host-wide <c>nsp.soap.*</c> keys;
/// the body size is each part's own (<see cref="MaxRequestBytesKey"/>).
/// </summary>
public sealed record SoapParsingLimits
{
    public const string MaxDepthKey = "nsp.soap.max.depth";
    public const string MaxAttributesKey = "nsp.soap.max.attributes";
    public const string MaxNamespacesKey = "nsp.soap.max.namespaces";
    public const string MaxValueLengthKey = "nsp.soap.max.value.length";
    public const string MaxHeaderValueLengthKey = "nsp.soap.max.header.value.length";

    /// <summary>Read from each SOAP part's own property file (e.g. <c>idsas-lookup.properties</c>).</summary>
    public const string MaxRequestBytesKey = "nsp.soap.max.request.bytes";

    public static readonly SoapParsingLimits Default = new();

    /// <summary>Elements may nest this many levels (the Envelope is level 1); a DGWS card needs 8.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Attributes of one element, namespace declarations included.</summary>
    public int MaxAttributesPerElement { get; init; } = 64;

    /// <summary>Namespace declarations in scope at any element (its own and its ancestors'): their number is what
    /// makes canonicalization and prefix lookups expensive.</summary>
    public int MaxNamespacesInScope { get; init; } = 64;

    /// <summary>Characters of one text node or attribute value.</summary>
    public int MaxValueLength { get; init; } = 64 * 1024;

    /// <summary>Characters of a header value we keep: audit lines, logs and echoed answers stay small.</summary>
    public int MaxHeaderValueLength { get; init; } = 1024;

    /// <exception cref="InvalidPropertyException">A limit that is not a whole number of at least 1.</exception>
    public static SoapParsingLimits From(IConfiguration configuration)
    {
        var root = PropertySection.Root(configuration);
        return new SoapParsingLimits
        {
            MaxDepth = Positive(root, MaxDepthKey, Default.MaxDepth),
            MaxAttributesPerElement = Positive(root, MaxAttributesKey, Default.MaxAttributesPerElement),
            MaxNamespacesInScope = Positive(root, MaxNamespacesKey, Default.MaxNamespacesInScope),
            MaxValueLength = Positive(root, MaxValueLengthKey, Default.MaxValueLength),
            MaxHeaderValueLength = Positive(root, MaxHeaderValueLengthKey, Default.MaxHeaderValueLength),
        };
    }

    /// <summary>A part's body-size limit: <see cref="MaxRequestBytesKey"/> in its own file, else
    /// <paramref name="defaultBytes"/>, the limit that fits its contract.</summary>
    /// <exception cref="InvalidPropertyException">Not a whole number of bytes of at least 1.</exception>
    public static long MaxRequestBytes(PropertySection partSection, long defaultBytes)
    {
        ArgumentNullException.ThrowIfNull(partSection);
        long bytes = partSection.GetLong(MaxRequestBytesKey, defaultBytes);
        return bytes is >= 1 and < int.MaxValue
            ? bytes
            : throw partSection.InvalidProperty(MaxRequestBytesKey, bytes.ToString(CultureInfo.InvariantCulture), "a number of bytes from 1 to 2147483646");
    }

    /// <summary>A part's bound on concurrent calls of one endpoint (<see cref="SoapEndpointBuilder.MaxConcurrentRequests"/>),
    /// by default the number of processor cores: large requests are CPU-bound, so more at once only costs memory.</summary>
    public static int MaxConcurrentRequests(PropertySection partSection, string key)
    {
        ArgumentNullException.ThrowIfNull(partSection);
        return Positive(partSection, key, Environment.ProcessorCount);
    }

    private static int Positive(PropertySection root, string key, int defaultValue)
    {
        int value = root.GetInt(key, defaultValue);
        return value >= 1 ? value : throw root.InvalidProperty(key, value.ToString(CultureInfo.InvariantCulture), "a whole number of at least 1");
    }
}
