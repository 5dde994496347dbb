namespace Nsp.Application.Shared.Audit;

/// <summary>A component of an audit record (e.g. <c>IDSAS</c>) and its contexts.</summary>
public sealed class AuditComponentEntry
{
    private readonly List<AuditContextEntry> _contexts = [];
    private readonly Lock _lock = new();

    public AuditComponentEntry(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<AuditContextEntry> Contexts
    {
        get
        {
            lock (_lock)
            {
                return [.. _contexts];
            }
        }
    }

    /// <summary>The context with this name, added when missing.</summary>
    public AuditContextEntry Context(string name)
    {
        lock (_lock)
        {
            var existing = _contexts.Find(c => c.Name == name);
            if (existing is not null)
            {
                return existing;
            }

            var created = new AuditContextEntry(name);
            _contexts.Add(created);
            return created;
        }
    }
}
