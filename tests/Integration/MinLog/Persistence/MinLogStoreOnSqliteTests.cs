using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.MinLog.Persistence;

public sealed class MinLogStoreOnSqliteTests : MinLogStoreContract
{
    private readonly SqliteDatabase _database = new("minlog");

    public override Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    protected override Task<ServiceDatabaseOptions> DatabaseAsync() => Task.FromResult(_database.Options("minlog"));
}
