using Nsp.Tests.Integration.Shared.Database;
using H = Nsp.Tests.Integration.MinLog.Lookup.MinLogLookupHost;

namespace Nsp.Tests.Integration.MinLog.Lookup;

public sealed class MinLogLookupOnPostgreSqlTests(PostgresClassDatabase<MinLogLookupOnPostgreSqlTests> database)
    : ListLogStatementsContract, IClassFixture<PostgresClassDatabase<MinLogLookupOnPostgreSqlTests>>
{
    protected override Task<H> StartHostAsync(Dictionary<string, string>? properties = null) => H.StartAsync(database.Database, properties);
}
