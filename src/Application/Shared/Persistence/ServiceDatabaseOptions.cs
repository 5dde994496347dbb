namespace Nsp.Application.Shared.Persistence;

/// <summary>Where one service keeps its data. <paramref name="Schema"/> is the service's PostgreSQL schema
/// (e.g. <c>minlog</c>); SQLite has no schemas and uses one file per service instead, so it ignores it.</summary>
public sealed record ServiceDatabaseOptions(DatabaseProvider Provider, string ConnectionString, string Schema)
{
    /// <summary>How long a SQLite connection waits for another writer before it fails.</summary>
    public TimeSpan SqliteBusyTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
