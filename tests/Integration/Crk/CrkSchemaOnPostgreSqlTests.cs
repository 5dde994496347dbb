using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Crk;

public sealed class CrkSchemaOnPostgreSqlTests(PostgresClassDatabase<CrkSchemaOnPostgreSqlTests> database)
    : CrkSchemaContract, IClassFixture<PostgresClassDatabase<CrkSchemaOnPostgreSqlTests>>, IAsyncLifetime
{
    private string _schema = "crk";

    protected override ServiceDatabaseOptions Options => database.Database.Options(_schema);

    // Each test its own schema, so the contract's rows never meet.
    public Task InitializeAsync()
    {
        _schema = "crk_" + Guid.NewGuid().ToString("N")[..12];
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
