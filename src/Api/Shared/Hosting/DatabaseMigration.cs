using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Api.Shared.Hosting;

/// <summary>Applies every served service's migrations: at start-up, and as the <c>migrate</c> command.</summary>
public static class DatabaseMigration
{
    public static async Task MigrateServedDatabasesAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetServices<ServiceDbContext>().ToList();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(contexts, cancellationToken);
    }

    /// <summary>What an operator needs to know to write SQL by hand against the migrated databases.</summary>
    public static string OperatorAdvice(NspHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var lines = options.ServedServices().Select(service =>
        {
            var target = options.ForService(service);
            return target.Schema is { } schema
                ? $"  {service}: PostgreSQL schema '{schema}' - connect with search_path={schema} (or qualify names, {schema}.<table>)"
                : $"  {service}: SQLite {target.ConnectionString}";
        });
        return "Migrated:\n" + string.Join('\n', lines);
    }
}
