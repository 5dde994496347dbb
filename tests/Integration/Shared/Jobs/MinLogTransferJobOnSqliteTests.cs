using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Jobs;

public sealed class MinLogTransferJobOnSqliteTests : MinLogTransferJobContract
{
    private readonly SqliteDatabase _service = new("odr");
    private readonly SqliteDatabase _minLog = new("minlog");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _service.Dispose();
        _minLog.Dispose();
    }

    protected override Task<(ServiceDatabaseOptions Service, ServiceDatabaseOptions MinLog)> DatabasesAsync() =>
        Task.FromResult((_service.Options("odr"), _minLog.Options("minlog")));
}
