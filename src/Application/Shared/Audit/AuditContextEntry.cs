namespace Nsp.Application.Shared.Audit;

/// <summary>A named context of an audit component, holding its keys in the order they were added.</summary>
public sealed class AuditContextEntry
{
    private readonly List<AuditInformation> _information = [];
    private readonly Lock _lock = new();

    public AuditContextEntry(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<AuditInformation> Information
    {
        get
        {
            lock (_lock)
            {
                return [.. _information];
            }
        }
    }

    /// <summary>Adds a key; an absent value is written as an empty string, as the seeds' logs do.</summary>
    public AuditContextEntry Add(string key, AuditInformationType type, string? value)
    {
        lock (_lock)
        {
            _information.Add(new AuditInformation(key, type, value ?? string.Empty));
        }

        return this;
    }

    public AuditContextEntry AddValues(string key, AuditInformationType type, IEnumerable<string> values)
    {
        lock (_lock)
        {
            _information.Add(new AuditInformation(key, type, null, [.. values]));
        }

        return this;
    }

    /// <summary>Sets a key, replacing an earlier value with the same key (e.g. a response adds what the request could not know).</summary>
    public AuditContextEntry Set(string key, AuditInformationType type, string? value)
    {
        lock (_lock)
        {
            var index = _information.FindIndex(i => i.Key == key);
            var information = new AuditInformation(key, type, value ?? string.Empty);
            if (index >= 0)
            {
                _information[index] = information;
            }
            else
            {
                _information.Add(information);
            }
        }

        return this;
    }
}
