namespace Nsp.Infrastructure.Crk.Persistence.Repositories;

/// <summary>A <c>dccconfig</c> row as EF reads it from raw SQL.</summary>
public sealed class DccConfigRecord
{
    public long EndpointId { get; set; }

    public string ConfigId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Url { get; set; } = string.Empty;

    public DateTime ExternalTime { get; set; }

    public long Version { get; set; }

    public string ActionName { get; set; } = string.Empty;

    public string Model { get; set; } = string.Empty;

    public long Timeout { get; set; }

    public bool UseProxy { get; set; }

    public int? IdCardMaxAge { get; set; }
}
