using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Persistence;

public sealed class DatabaseQueueOnPostgreSqlTests : DatabaseQueueContract, IClassFixture<PostgresClassDatabase<DatabaseQueueOnPostgreSqlTests>>
{
    private readonly PostgresClassDatabase<DatabaseQueueOnPostgreSqlTests> _database;

    public DatabaseQueueOnPostgreSqlTests(PostgresClassDatabase<DatabaseQueueOnPostgreSqlTests> database)
    {
        _database = database;
    }

    protected override Task<ServiceDatabaseOptions> DatabaseAsync() => Task.FromResult(_database.Database.Options("minlog"));
}
