using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Tests.Integration.Shared.Operations;

namespace Nsp.Tests.Integration.Odr.Jobs;

/// <summary>ODR's job triggers and pages sit behind the operations allow-list (ADR 0027, 0034): a caller from another
/// host is refused every <c>/odr-operations/</c> URL and no job runs.</summary>
public sealed class OdrOperationsAllowListTests
{
    private static readonly string[] Urls =
    [
        "/odr-slettejob/deceased/start",
        "/odr-slettejob/emigrated/start",
        "/odr-slettejob/status",
        "/odr-slettejob/alarm",
        "/odr-send-digitalpost-notifikation/start",
        "/odr-send-digitalpost-notifikation/status",
        "/odr-send-digitalpost-notifikation/alarm",
        "/minlog-transfer",
    ];

    [Fact]
    public async Task A_caller_from_another_host_is_refused_every_odr_operations_url_and_no_job_runs()
    {
        await using var host = await OdrJobsHost.StartOnSqliteAsync(new()
        {
            ["digitalpost.notification.odr.startdate"] = OdrJobsHost.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        var cpr = host.CprBornOn(new DateOnly(1945, 5, 5), 1);
        host.Persons.Add(cpr, "90", "2020-01-01");
        await host.AddRegistrationAsync(cpr, DateTime.UtcNow.AddYears(-10));
        var elsewhere = new ClientAddressStartupFilter { Address = IPAddress.Parse("203.0.113.7") };
        using var remote = host.Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(elsewhere)));
        using var client = remote.CreateClient();

        foreach (string url in Urls)
        {
            using var response = await client.GetAsync(new Uri("/odr-operations" + url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url} answered {response.StatusCode}");
        }

        Assert.Equal(0, host.Persons.Server.RequestCount);
        Assert.Empty(host.DigitalPost.Requests);
        Assert.Equal([cpr], await host.CprsWithDataAsync());
    }
}
