namespace Nsp.Domain.Crk;

/// <summary>One version of an external endpoint definition (the <c>endpoints</c> table, seed 003): every reload that
/// finds a changed source adds a version, and only the newest is active.</summary>
public sealed class EndpointVersion
{
    public const int ConfigIdMaxLength = 255;
    public const int NameMaxLength = 255;
    public const int UrlMaxLength = 4096;

    private EndpointVersion(string configId, string name, string url)
    {
        ConfigId = configId;
        Name = name;
        Url = url;
    }

    public long Id { get; private set; }

    /// <summary>The source (the seed: the name of its job).</summary>
    public string ConfigId { get; private set; }

    /// <summary>The external name, from the source.</summary>
    public string Name { get; private set; }

    public string Url { get; private set; }

    public DateTime LastModified { get; private set; }

    /// <summary>The source's timestamp; a reload compares it with the active version's.</summary>
    public DateTime ExternalTime { get; private set; }

    public DateTime CreatedTime { get; private set; }

    public long Version { get; private set; }

    public bool Active { get; private set; }

    /// <summary>A new active version <paramref name="version"/> of <paramref name="configId"/> from the source's definition.</summary>
    public static EndpointVersion Create(string configId, DksEndpointDefinition definition, long version, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (string.IsNullOrWhiteSpace(configId) || configId.Length > ConfigIdMaxLength)
        {
            throw new ArgumentException($"configId must be 1..{ConfigIdMaxLength} characters.", nameof(configId));
        }

        if (version < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "Versions start at 1.");
        }

        RequireUtc(nowUtc, nameof(nowUtc));
        return new EndpointVersion(configId, definition.Name, definition.Url)
        {
            ExternalTime = definition.ExternalTime,
            CreatedTime = nowUtc,
            LastModified = nowUtc,
            Version = version,
            Active = true,
        };
    }

    /// <summary>Whether the source still says what this version was loaded from.</summary>
    public bool IsLoadedFrom(DksEndpointDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return ExternalTime == definition.ExternalTime;
    }

    /// <summary>A newer version replaced this one.</summary>
    public void Deactivate(DateTime nowUtc)
    {
        RequireUtc(nowUtc, nameof(nowUtc));
        Active = false;
        LastModified = nowUtc;
    }

    private static void RequireUtc(DateTime value, string name)
    {
        if (value.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Instants are UTC.", name);
        }
    }
}
