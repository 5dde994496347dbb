using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Nsp.Application.Shared.Persistence;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Pipeline;

/// <summary>Creates <see cref="TestServiceDbContext"/>'s tables from its model (it has no migrations: it lives only
/// in the tests). CreateTables, not EnsureCreated, because other schemas of the same database already hold tables.</summary>
public static class TestServiceDatabase
{
    public static async Task CreateAsync(ServiceDatabaseOptions options)
    {
        await using var context = ServiceContexts.Create<TestServiceDbContext>(options);
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync())
        {
            await creator.CreateAsync();
        }

        if (context.Schema is { } schema)
        {
#pragma warning disable EF1003 // A checked lowercase identifier.
            await context.Database.ExecuteSqlRawAsync("CREATE SCHEMA IF NOT EXISTS " + SchemaName.Require(schema));
#pragma warning restore EF1003
        }

        await creator.CreateTablesAsync();
    }

    /// <summary>A schema name no other test uses, for per-test isolation inside one class database.</summary>
    public static string UniqueSchema(string prefix) => prefix + "_" + Guid.NewGuid().ToString("N")[..10];
}
