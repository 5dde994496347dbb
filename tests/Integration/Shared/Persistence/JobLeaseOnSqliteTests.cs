using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Persistence;

public sealed class JobLeaseOnSqliteTests : JobLeaseContract
{
    private readonly SqliteDatabase _database = new("minlog");

    protected override Task<ServiceDatabaseOptions> DatabaseAsync() => Task.FromResult(_database.Options("minlog"));

    protected override Task ReleaseDatabaseAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
