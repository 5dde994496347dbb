using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.MinLog.Registration;

public sealed class MinLogStoreWriterOnSqliteTests : MinLogStoreWriterContract
{
    private readonly SqliteDatabase _database = new("minlog");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
    }

    protected override Task<ServiceDatabaseOptions> DatabaseAsync() => Task.FromResult(_database.Options("minlog"));
}
