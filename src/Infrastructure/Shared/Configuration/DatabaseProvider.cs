namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>The database behind every service: <c>nsp.db.provider</c> = <c>sqlite</c> (default) | <c>postgresql</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
