using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

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

            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await context.Database.MigrateAsync(cancellationToken);
            LogMigrated(context.GetType().Name, context.DatabaseOptions.Provider.ToString(), context.Schema ?? "-", pending.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrated {Context} on {Provider} (schema {Schema}): {Count} migration(s) applied")]
    private partial void LogMigrated(string context, string provider, string schema, int count);
}
