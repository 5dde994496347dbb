using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.MinLog.Persistence;

public sealed class MinLogStoreOnPostgreSqlTests : MinLogStoreContract
{
    private PostgresTestDatabase? _database;

    public override async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    // A database per test: the tests share regkodes and count rows.
    protected override async Task<ServiceDatabaseOptions> DatabaseAsync()
    {
        _database = await PostgresServer.Instance.CreateDatabaseAsync(nameof(MinLogStoreOnPostgreSqlTests));
        return _database.Options("minlog");
    }
}
