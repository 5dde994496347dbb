using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Persistence;

public sealed class JobStateStoreOnPostgreSqlTests : JobStateStoreContract, IClassFixture<PostgresClassDatabase<JobStateStoreOnPostgreSqlTests>>
{
    private readonly PostgresClassDatabase<JobStateStoreOnPostgreSqlTests> _database;

    public JobStateStoreOnPostgreSqlTests(PostgresClassDatabase<JobStateStoreOnPostgreSqlTests> database)
    {
        _database = database;
    }

    protected override Task<ServiceDatabaseOptions> DatabaseAsync() => Task.FromResult(_database.Database.Options("minlog"));
}
