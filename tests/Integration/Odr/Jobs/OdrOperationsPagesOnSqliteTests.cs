using System.Net;
using Nsp.Tests.Integration.Odr.Soap;
using Nsp.Tests.Integration.Shared.Status;

namespace Nsp.Tests.Integration.Odr.Jobs;

/// <summary>The operations part's status and alarm pages with the datasource lost (SQLite, where a test can take the
/// database away): the seed's 500 answers and the DBHealthIndicator's line.</summary>
public sealed class OdrOperationsPagesOnSqliteTests
{
    [Fact]
    public async Task With_the_database_gone_the_job_pages_answer_the_seeds_500_texts()
    {
        await using var host = await OdrJobsHost.StartOnSqliteAsync();
        Assert.Equal((HttpStatusCode.OK, "Database : OK"), StatusPageText.SeedPart(await host.GetAsync("/odr-slettejob/status")));
        OdrSqliteFiles.Break(host.Factory.Root);

        var cleanupStatus = await host.GetAsync("/odr-slettejob/status");
        var notificationStatus = await host.GetAsync("/odr-send-digitalpost-notifikation/status");
        var notificationAlarm = await host.GetAsync("/odr-send-digitalpost-notifikation/alarm");

        Assert.Equal((HttpStatusCode.InternalServerError, "Database : Unavailable"), StatusPageText.SeedPart(cleanupStatus));
        Assert.Equal(HttpStatusCode.InternalServerError, notificationStatus.Code);
        Assert.Equal("{\"Database\":\"Unavailable\"}", StatusPageText.SeedJson(notificationStatus.Body));
        Assert.Equal(HttpStatusCode.InternalServerError, notificationAlarm.Code);
        Assert.StartsWith("Der er ingen forbindelse til databasen med JNDI navnet odr\n", notificationAlarm.Body, StringComparison.Ordinal);
    }
}
