using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Odr.Jobs;

public sealed class CleanupJobsOnPostgreSqlTests(PostgresClassDatabase<CleanupJobsOnPostgreSqlTests> database)
    : CleanupJobsContract, IClassFixture<PostgresClassDatabase<CleanupJobsOnPostgreSqlTests>>
{
    protected override Task<OdrJobsHost> StartHostAsync(Dictionary<string, string>? properties = null) =>
        OdrJobsHost.StartAsync(database.Database, properties);
}
