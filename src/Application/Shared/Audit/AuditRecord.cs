namespace Nsp.Application.Shared.Audit;

/// <summary>The audit record of one call: opened when the call arrives, filled by the gateway and the pipeline,
/// written as one JSON line when the response is complete.</summary>
public sealed class AuditRecord
{
    public const string CategoryPrefix = "dk.sds.nsp.audit.log";

    private readonly List<AuditComponentEntry> _components = [];
    private readonly Lock _lock = new();

    public AuditRecord(string category, DateTimeOffset timestamp)
    {
        Category = category;
        Timestamp = timestamp;
    }

    /// <summary><c>dk.sds.nsp.audit.log.&lt;service&gt;[/&lt;operation&gt;]</c>.</summary>
    public string Category { get; set; }

    /// <summary>When the call arrived (<c>audit.timestamp</c>).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The HTTP and ID-card facts of the call; null for calls that did not come over HTTP.</summary>
    public AuditAccess? Access { get; set; }

    public IReadOnlyList<AuditComponentEntry> Components
    {
        get
        {
            lock (_lock)
            {
                return [.. _components];
            }
        }
    }

    /// <summary>The component with this name, added when missing.</summary>
    public AuditComponentEntry Component(string name)
    {
        lock (_lock)
        {
            var existing = _components.Find(c => c.Name == name);
            if (existing is not null)
            {
                return existing;
            }

            var created = new AuditComponentEntry(name);
            _components.Add(created);
            return created;
        }
    }

    /// <summary>Puts a component first (DROS writes its CPRExists component before the transaction's own).</summary>
    public AuditComponentEntry ComponentFirst(string name)
    {
        lock (_lock)
        {
            var existing = _components.Find(c => c.Name == name);
            if (existing is not null)
            {
                _components.Remove(existing);
                _components.Insert(0, existing);
                return existing;
            }

            var created = new AuditComponentEntry(name);
            _components.Insert(0, created);
            return created;
        }
    }

    public static string CategoryFor(string service, string? operation = null) =>
        operation is null ? $"{CategoryPrefix}.{service}" : $"{CategoryPrefix}.{service}/{operation}";
}
