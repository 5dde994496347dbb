using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Odr.Jobs;

public sealed class NotificationJobOnPostgreSqlTests(PostgresClassDatabase<NotificationJobOnPostgreSqlTests> database)
    : NotificationJobContract, IClassFixture<PostgresClassDatabase<NotificationJobOnPostgreSqlTests>>
{
    protected override Task<OdrJobsHost> StartHostAsync(Dictionary<string, string>? properties = null) =>
        OdrJobsHost.StartAsync(database.Database, properties);
}
