using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;
using Nsp.Tests.Integration.Shared.Pipeline;

namespace Nsp.Tests.Integration.Shared.Jobs;

public sealed class MinLogTransferJobOnPostgreSqlTests
    : MinLogTransferJobContract, IClassFixture<PostgresClassDatabase<MinLogTransferJobOnPostgreSqlTests>>
{
    private readonly PostgresClassDatabase<MinLogTransferJobOnPostgreSqlTests> _database;

    public MinLogTransferJobOnPostgreSqlTests(PostgresClassDatabase<MinLogTransferJobOnPostgreSqlTests> database)
    {
        _database = database;
    }

    // Two fresh schemas per test in the class database: the service's and MinLog's.
    protected override Task<(ServiceDatabaseOptions Service, ServiceDatabaseOptions MinLog)> DatabasesAsync() =>
        Task.FromResult((
            _database.Database.Options(TestServiceDatabase.UniqueSchema("odr")),
            _database.Database.Options(TestServiceDatabase.UniqueSchema("minlog"))));
}
