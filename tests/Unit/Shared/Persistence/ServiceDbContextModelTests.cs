using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.Persistence;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Tests.Unit.Shared.Persistence;

public sealed class ServiceDbContextModelTests
{
    private static readonly ServiceDatabaseOptions PostgreSql =
        new(DatabaseProvider.PostgreSql, "Host=unused;Database=unused", "minlog");

    private static readonly ServiceDatabaseOptions Sqlite =
        new(DatabaseProvider.Sqlite, "Data Source=:memory:", "minlog");

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.PostgreSql, DatabaseProvider.Sqlite };

    [Fact]
    public void On_PostgreSql_every_table_is_in_the_service_schema()
    {
        using var context = Create(PostgreSql);

        Assert.All(context.Model.GetEntityTypes(), e => Assert.Equal("minlog", e.GetSchema()));
    }

    [Fact]
    public void On_Sqlite_no_table_has_a_schema()
    {
        using var context = Create(Sqlite);

        Assert.All(context.Model.GetEntityTypes(), e => Assert.Null(e.GetSchema()));
    }

    [Fact]
    public void Two_schemas_in_one_process_get_two_models()
    {
        using var minlog = Create(PostgreSql);
        using var other = Create(PostgreSql with { Schema = "other" });

        Assert.Equal("minlog", minlog.Model.FindEntityType(typeof(JobLeaseRecord))!.GetSchema());
        Assert.Equal("other", other.Model.FindEntityType(typeof(JobLeaseRecord))!.GetSchema());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_table_column_key_and_index_name_is_lowercase(DatabaseProvider provider)
    {
        using var context = Create(provider == DatabaseProvider.PostgreSql ? PostgreSql : Sqlite);

        foreach (var entity in context.Model.GetEntityTypes())
        {
            var names = new[] { entity.GetTableName()! }
                .Concat(entity.GetProperties().Select(p => p.GetColumnName()))
                .Concat(entity.GetKeys().Select(k => k.GetName()!))
                .Concat(entity.GetForeignKeys().Select(f => f.GetConstraintName()!))
                .Concat(entity.GetIndexes().Select(i => i.GetDatabaseName()!));
            Assert.All(names, n => Assert.Equal(n.ToLowerInvariant(), n));
        }
    }

    [Fact]
    public void Every_service_model_carries_the_shared_tables()
    {
        using var context = Create(Sqlite);

        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).ToHashSet();

        Assert.Superset(new HashSet<string?> { "job_state", "job_lease", "minlog_outbox", "queue_message" }, tables);
    }

    [Fact]
    public void Every_DateTime_property_is_stored_through_the_utc_converter()
    {
        using var context = Create(PostgreSql);

        var instants = context.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(DateTime))
            .ToList();

        Assert.NotEmpty(instants);
        Assert.All(instants, p => Assert.IsType<UtcDateTimeConverter>(p.GetValueConverter()));
    }

    [Fact]
    public void A_context_configured_without_the_service_database_is_refused()
    {
        var options = new DbContextOptionsBuilder<MinLogDbContext>().UseSqlite("Data Source=:memory:").Options;

        var error = Assert.Throws<InvalidOperationException>(() => new MinLogDbContext(options));

        Assert.Contains("UseServiceDatabase", error.Message, StringComparison.Ordinal);
    }

    private static MinLogDbContext Create(ServiceDatabaseOptions options) =>
        new(new DbContextOptionsBuilder<MinLogDbContext>().UseServiceDatabase(options).Options);
}
