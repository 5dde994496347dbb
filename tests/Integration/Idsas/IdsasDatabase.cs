using Nsp.Application.Shared.Persistence;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>A fresh, migrated PostgreSQL database for one test class (schema <c>idsas</c>).</summary>
public sealed class IdsasDatabase<TTestClass> : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    public ServiceDatabaseOptions Options { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.Instance.CreateDatabaseAsync(typeof(TTestClass).Name);
        Options = _database.Options(IdsasDbContext.DefaultSchema);
        await using var context = await ServiceContexts.MigratedAsync<IdsasDbContext>(Options);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
