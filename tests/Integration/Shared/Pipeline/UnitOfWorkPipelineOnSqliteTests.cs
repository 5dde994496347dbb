using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Pipeline;

public sealed class UnitOfWorkPipelineOnSqliteTests : UnitOfWorkPipelineContract
{
    private readonly SqliteDatabase _database = new("odr");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
    }

    protected override Task<ServiceDatabaseOptions> DatabaseAsync() => Task.FromResult(_database.Options("odr"));
}
