using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Pipeline;

public sealed class UnitOfWorkPipelineOnPostgreSqlTests
    : UnitOfWorkPipelineContract, IClassFixture<PostgresClassDatabase<UnitOfWorkPipelineOnPostgreSqlTests>>
{
    private readonly PostgresClassDatabase<UnitOfWorkPipelineOnPostgreSqlTests> _database;

    public UnitOfWorkPipelineOnPostgreSqlTests(PostgresClassDatabase<UnitOfWorkPipelineOnPostgreSqlTests> database)
    {
        _database = database;
    }

    // A schema per test: the tests count rows.
    protected override Task<ServiceDatabaseOptions> DatabaseAsync() =>
        Task.FromResult(_database.Database.Options(TestServiceDatabase.UniqueSchema("odr")));
}
