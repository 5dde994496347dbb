using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;
using Nsp.Tests.Integration.Shared.Pipeline;

namespace Nsp.Tests.Integration.MinLog.Registration;

public sealed class MinLogStoreWriterOnPostgreSqlTests
    : MinLogStoreWriterContract, IClassFixture<PostgresClassDatabase<MinLogStoreWriterOnPostgreSqlTests>>
{
    private readonly PostgresClassDatabase<MinLogStoreWriterOnPostgreSqlTests> _database;

    public MinLogStoreWriterOnPostgreSqlTests(PostgresClassDatabase<MinLogStoreWriterOnPostgreSqlTests> database)
    {
        _database = database;
    }

    // A schema per test: the tests count rows.
    protected override Task<ServiceDatabaseOptions> DatabaseAsync() =>
        Task.FromResult(_database.Database.Options(TestServiceDatabase.UniqueSchema("minlog")));
}
