using Nsp.Tests.Integration.Shared.Database;
using H = Nsp.Tests.Integration.MinLog.Lookup.MinLogLookupHost;

namespace Nsp.Tests.Integration.MinLog.Cleanup;

public sealed class MinLogCleanupOnPostgreSqlTests(PostgresClassDatabase<MinLogCleanupOnPostgreSqlTests> database)
    : MinLogCleanupContract, IClassFixture<PostgresClassDatabase<MinLogCleanupOnPostgreSqlTests>>
{
    protected override Task<H> StartHostAsync(Dictionary<string, string>? properties = null) => H.StartAsync(database.Database, properties);
}
