using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Persistence;

public sealed class JobLeaseOnPostgreSqlTests : JobLeaseContract, IClassFixture<PostgresClassDatabase<JobLeaseOnPostgreSqlTests>>
{
    private readonly PostgresClassDatabase<JobLeaseOnPostgreSqlTests> _database;

    public JobLeaseOnPostgreSqlTests(PostgresClassDatabase<JobLeaseOnPostgreSqlTests> database)
    {
        _database = database;
    }

    protected override Task<ServiceDatabaseOptions> DatabaseAsync() => Task.FromResult(_database.Database.Options("minlog"));
}
