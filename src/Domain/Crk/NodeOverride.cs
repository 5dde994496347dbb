namespace Nsp.Domain.Crk;

/// <summary>A row of the <c>override</c> table (seed 003): operations' override of an endpoint's values for the DCC
/// of one node (e.g. a dNSP in a region whose DNS names differ) or, with no node, of every node.</summary>
public sealed class NodeOverride
{
    public const int NameMaxLength = 255;
    public const int NodeMaxLength = 255;
    public const int ServiceUrlMaxLength = 255;
    public const int WsaHeadersProcessingMaxLength = 32;

    private NodeOverride(string name) => Name = name;

    public long Id { get; private set; }

    /// <summary>The endpoint's external name it applies to.</summary>
    public string Name { get; private set; }

    public string? Node { get; private set; }

    public string? ServiceUrl { get; private set; }

    public bool? UseProxy { get; private set; }

    public long? Timeout { get; private set; }

    public int? IdCardMaxAge { get; private set; }

    public bool? DoNotVerifySslHostname { get; private set; }

    public string? WsaHeadersProcessing { get; private set; }

    /// <exception cref="ArgumentException">A value breaks a rule; the message names the field.</exception>
    public static NodeOverride Create(EndpointOverride values)
    {
        var row = new NodeOverride(string.Empty);
        row.Change(values);
        return row;
    }

    /// <exception cref="ArgumentException">A value breaks a rule; the message names the field, nothing changes.</exception>
    public void Change(EndpointOverride values)
    {
        Check(values);
        Name = values.Name;
        Node = values.Node;
        ServiceUrl = values.ServiceUrl;
        UseProxy = values.UseProxy;
        Timeout = values.Timeout;
        IdCardMaxAge = values.IdCardMaxAge;
        DoNotVerifySslHostname = values.DoNotVerifySslHostname;
        WsaHeadersProcessing = values.WsaHeadersProcessing;
    }

    public EndpointOverride ToOverride() =>
        new(Name, Node, ServiceUrl, UseProxy, Timeout, IdCardMaxAge, DoNotVerifySslHostname, WsaHeadersProcessing);

    /// <summary>The rules of a row: the columns' widths, a name, a non-blank node when given, positive numbers and a
    /// service URL that <see cref="ServiceUrlParts"/> can read.</summary>
    public static void Check(EndpointOverride values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Require(!string.IsNullOrWhiteSpace(values.Name) && values.Name.Length <= NameMaxLength, "name", $"must be 1..{NameMaxLength} characters");
        Require(values.Node is null || (!string.IsNullOrWhiteSpace(values.Node) && values.Node.Length <= NodeMaxLength), "node", $"must be absent or 1..{NodeMaxLength} characters");
        Require(values.ServiceUrl is null || (values.ServiceUrl.Length <= ServiceUrlMaxLength && ServiceUrlParts.TryParse(values.ServiceUrl, out _)), "serviceUrl", $"must be absent or at most {ServiceUrlMaxLength} characters of scheme://host:port/path, //host, host:port or /path");
        Require(values.Timeout is null or > 0, "timeout", "must be absent or a positive number of milliseconds");
        Require(values.IdCardMaxAge is null or > 0, "idcardmaxage", "must be absent or a positive number of minutes");
        Require(values.WsaHeadersProcessing is null || (!string.IsNullOrWhiteSpace(values.WsaHeadersProcessing) && values.WsaHeadersProcessing.Length <= WsaHeadersProcessingMaxLength), "wsaHeadersProcessing", $"must be absent or 1..{WsaHeadersProcessingMaxLength} characters");
    }

    private static void Require(bool condition, string field, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"{field} {rule}.", field);
        }
    }
}
