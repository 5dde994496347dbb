namespace Nsp.Application.Shared.Persistence;

/// <summary>The databases a service can run on (DESIGN 2): an embedded SQLite file, or a PostgreSQL server.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
