using Microsoft.EntityFrameworkCore;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Persistence;

/// <summary>The hand-written migrations have no model snapshot, so EF cannot see them drift from the model
/// (ADR 0004). For every service context in Infrastructure, on both providers: the migrated database must equal
/// what EnsureCreated builds from the model, and every entity must round-trip.</summary>
public sealed class MigrationDriftTests
{
    public static TheoryData<string> ServiceContexts()
    {
        var data = new TheoryData<string>();
        foreach (var type in ServiceContextTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Every_service_context_in_infrastructure_is_checked()
    {
        Assert.Contains(ServiceContextTypes(), t => t.Name == "MinLogDbContext");
    }

    [Theory]
    [MemberData(nameof(ServiceContexts))]
    public async Task Migrations_build_the_model_on_PostgreSql_and_every_entity_round_trips(string contextTypeName)
    {
        var type = ContextType(contextTypeName);
        var schema = SchemaFor(type);
        await using var migratedDatabase = await PostgresServer.Instance.CreateDatabaseAsync("drift_migrated");
        await using var createdDatabase = await PostgresServer.Instance.CreateDatabaseAsync("drift_created");

        await CompareAsync(type, migratedDatabase.Options(schema), createdDatabase.Options(schema));
        await EntityRoundTrip.RunAsync(() => Database.ServiceContexts.Create(type, migratedDatabase.Options(schema)));
    }

    [Theory]
    [MemberData(nameof(ServiceContexts))]
    public async Task Migrations_build_the_model_on_Sqlite_and_every_entity_round_trips(string contextTypeName)
    {
        var type = ContextType(contextTypeName);
        var schema = SchemaFor(type);
        using var migratedDatabase = new SqliteDatabase("migrated");
        using var createdDatabase = new SqliteDatabase("created");

        await CompareAsync(type, migratedDatabase.Options(schema), createdDatabase.Options(schema));
        await EntityRoundTrip.RunAsync(() => Database.ServiceContexts.Create(type, migratedDatabase.Options(schema)));
    }

    private static async Task CompareAsync(
        Type type, Application.Shared.Persistence.ServiceDatabaseOptions migrated, Application.Shared.Persistence.ServiceDatabaseOptions created)
    {
        IReadOnlyList<string> fromMigrations;
        await using (var context = Database.ServiceContexts.Create(type, migrated))
        {
            await new DatabaseMigrator(Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance)
                .MigrateAsync([context], CancellationToken.None);
            fromMigrations = await DatabaseSchemaDescription.DescribeAsync(context);
        }

        IReadOnlyList<string> fromModel;
        HashSet<string> modelTables;
        await using (var context = Database.ServiceContexts.Create(type, created))
        {
            Assert.True(await context.Database.EnsureCreatedAsync());
            fromModel = await DatabaseSchemaDescription.DescribeAsync(context);
            modelTables = context.Model.GetEntityTypes().Select(e => e.GetTableName()!).ToHashSet();
        }

        var missing = fromModel.Except(fromMigrations).ToList();
        var extra = fromMigrations.Except(fromModel).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"{type.Name}: migrations drift from the model.\nIn the model, not migrated:\n  {string.Join("\n  ", missing)}\n" +
            $"Migrated, not in the model:\n  {string.Join("\n  ", extra)}");

        // Both empty would compare equal: the migrated tables must be the model's, in the service's schema.
        Assert.Equal(modelTables.Order(StringComparer.Ordinal), DatabaseSchemaDescription.Tables(fromMigrations).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<Type> ServiceContextTypes() =>
        typeof(ServiceDbContext).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.IsSubclassOf(typeof(ServiceDbContext)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static Type ContextType(string name) => ServiceContextTypes().Single(t => t.FullName == name);

    // Any lowercase schema will do; the service's own name reads best in failures.
    private static string SchemaFor(Type type) => type.Name.Replace("DbContext", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
