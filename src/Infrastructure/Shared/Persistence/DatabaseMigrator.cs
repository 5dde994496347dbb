using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>Applies the hand-written migrations of each service's context (ADR 0004). On PostgreSQL it creates the
/// service's schema first, because the migrations name none and land in the connection's search_path.</summary>
public sealed partial class DatabaseMigrator
{
    private readonly ILogger<DatabaseMigrator> _logger;

    public DatabaseMigrator(ILogger<DatabaseMigrator> logger)
    {
        _logger = logger;
    }

    public async Task MigrateAsync(IEnumerable<ServiceDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        foreach (var context in contexts)
        {
            if (context.Schema is { } schema)
            {
                // The name is checked to be a plain lowercase identifier, so it is safe to put into DDL.
#pragma warning disable EF1003
                await context.Database.ExecuteSqlRawAsync(
                    "CREATE SCHEMA IF NOT EXISTS " + SchemaName.Require(schema), cancellationToken);
#pragma warning restore EF1003
            }

            // A first start has no history table yet: asking EF for the applied migrations would log a failed
            // command (an error line an operator must not see for an expected condition, issue 18).
            // (EF's own IHistoryRepository.ExistsAsync runs that very query on Npgsql.)
            // EF's Migrate reads the table once before creating it, too: so it is created first.
            List<string> pending;
            if (await HistoryTableExistsAsync(context, cancellationToken))
            {
                pending = [.. await context.Database.GetPendingMigrationsAsync(cancellationToken)];
            }
            else
            {
                pending = [.. context.Database.GetMigrations()];
                await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            }

            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(context.GetType().Name, context.DatabaseOptions.Provider.ToString(), context.Schema ?? "-", pending.Count);
        }
    }

    private static async Task<bool> HistoryTableExistsAsync(ServiceDbContext context, CancellationToken cancellationToken)
    {
        const string table = HistoryRepository.DefaultTableName;
        var rows = context.DatabaseOptions.Provider == DatabaseProvider.PostgreSql
            ? context.Database.SqlQuery<int>(
                $"SELECT count(*)::int AS \"Value\" FROM pg_catalog.pg_tables WHERE schemaname = {context.Schema ?? "public"} AND tablename = {table}")
            : context.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}");
        return await rows.SingleAsync(cancellationToken) > 0;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrated {Context} on {Provider} (schema {Schema}): {Count} migration(s) applied")]
    private partial void LogMigrated(string context, string provider, string schema, int count);
}
