namespace Nsp.Application.Shared.Audit;

/// <summary>The <c>access</c> block of an audit line: the HTTP facts filled by the audit middleware, the ID-card
/// attributes and SOAP headers filled by the SOAP gateway, and the measured durations.</summary>
public sealed class AuditAccess
{
    public int Code { get; set; }

    public long DurationMilliseconds { get; set; }

    public IDictionary<string, string> HttpHeaders { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    public string HttpHost { get; set; } = string.Empty;

    /// <summary>Only the allow-listed attributes (<see cref="AuditIdCardAttributes.AllowList"/>).</summary>
    public IDictionary<string, string> IdCardAttributes { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    public string Method { get; set; } = string.Empty;

    public string Path { get; set; } = string.Empty;

    public string Query { get; set; } = string.Empty;

    public int Port { get; set; }

    public string Protocol { get; set; } = string.Empty;

    public long RequestSize { get; set; }

    public long ResponseSize { get; set; }

    public IDictionary<string, string> SoapHeaders { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal);

    public string ThreadId { get; set; } = string.Empty;

    /// <summary>When the request arrived, in Danish time.</summary>
    public DateTimeOffset Time { get; set; }

    /// <summary>Measured durations in milliseconds, e.g. <c>handlerDuration</c>.</summary>
    public IDictionary<string, long> Stats { get; } = new SortedDictionary<string, long>(StringComparer.Ordinal);
}
