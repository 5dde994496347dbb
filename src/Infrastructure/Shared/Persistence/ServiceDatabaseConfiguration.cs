using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using Nsp.Application.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>Configures a DbContext for a service's database on either provider (DESIGN 2, ADR 0003).</summary>
public static class ServiceDatabaseConfiguration
{
    /// <summary>EF's migrations history table, kept in the service's schema on PostgreSQL.</summary>
    public const string MigrationsHistoryTable = "__EFMigrationsHistory";

    // One interceptor per busy timeout: EF caches its internal services per set of interceptor instances.
    private static readonly ConcurrentDictionary<TimeSpan, SqliteConnectionSetup> SqliteSetups = new();

    public static DbContextOptionsBuilder UseServiceDatabase(this DbContextOptionsBuilder builder, ServiceDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(SqliteConnectionString(options));
                builder.AddInterceptors(SqliteSetups.GetOrAdd(options.SqliteBusyTimeout, timeout => new SqliteConnectionSetup(timeout)));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(
                    PostgreSqlConnectionString(options),
                    npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, options.Schema));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }

        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new ServiceDatabaseOptionsExtension(options));
        builder.ReplaceService<IModelCacheKeyFactory, ServiceModelCacheKeyFactory>();
        return builder;
    }

    public static DbContextOptionsBuilder<TContext> UseServiceDatabase<TContext>(
        this DbContextOptionsBuilder<TContext> builder, ServiceDatabaseOptions options)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)((DbContextOptionsBuilder)builder).UseServiceDatabase(options);

    /// <summary>The SQLite connection string with the busy timeout applied; creates the file's directory if missing
    /// (one file per service, because SQLite has no schemas).</summary>
    public static string SqliteConnectionString(ServiceDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString)
        {
            DefaultTimeout = (int)Math.Ceiling(options.SqliteBusyTimeout.TotalSeconds),
        };
        var file = builder.DataSource;
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        return builder.ToString();
    }

    /// <summary>The PostgreSQL connection string with <c>search_path</c> set to the service's schema: migrations
    /// name no schema (one set serves SQLite too), so their unqualified tables land there.</summary>
    public static string PostgreSqlConnectionString(ServiceDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SchemaName.Require(options.Schema);
        return new NpgsqlConnectionStringBuilder(options.ConnectionString) { SearchPath = options.Schema }.ToString();
    }
}
