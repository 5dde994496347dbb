using Nsp.Application.Shared.Persistence;
using Nsp.Infrastructure.Odr.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Odr.Core;

/// <summary>A fresh, migrated PostgreSQL database for one test class (schema <c>odr</c>).</summary>
public sealed class OdrCoreDatabase<TTestClass> : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    public ServiceDatabaseOptions Options { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.Instance.CreateDatabaseAsync(typeof(TTestClass).Name);
        Options = _database.Options(OdrDbContext.DefaultSchema);
        await using var context = await ServiceContexts.MigratedAsync<OdrDbContext>(Options);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
