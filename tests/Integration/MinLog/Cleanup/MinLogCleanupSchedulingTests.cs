using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Integration.Shared.Database;
using H = Nsp.Tests.Integration.MinLog.Lookup.MinLogLookupHost;

namespace Nsp.Tests.Integration.MinLog.Cleanup;

/// <summary>The cleanup on the built-in scheduler: <c>minlog.cleanup.cron</c> runs the same job as
/// <c>GET /minlog/cleanup</c>; an expression Quartz cannot read stops start-up naming the property.</summary>
public sealed class MinLogCleanupSchedulingTests(PostgresClassDatabase<MinLogCleanupSchedulingTests> database)
    : IClassFixture<PostgresClassDatabase<MinLogCleanupSchedulingTests>>
{
    [Fact]
    public async Task A_cron_in_minlog_properties_runs_the_cleanup_without_any_http_trigger()
    {
        await using var host = await H.StartAsync(database.Database, new() { ["minlog.cleanup.cron"] = "* * * * * ?" });
        await host.AddEntriesAsync("old", H.Citizen, DateTime.UtcNow.AddYears(-3), 50);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await host.CountAsync(H.Citizen) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        Assert.Equal(0, await host.CountAsync(H.Citizen));
        Assert.Equal("FINISHED", await host.JobStateAsync());
    }

    [Fact]
    public async Task An_invalid_cron_stops_start_up_naming_the_property_and_its_file()
    {
        var error = await Assert.ThrowsAnyAsync<InvalidPropertyException>(async () =>
        {
            await using var host = await H.StartAsync(database.Database, new() { ["minlog.cleanup.cron"] = "every night" });
        });

        Assert.Contains("minlog.cleanup.cron", error.Message, StringComparison.Ordinal);
        Assert.Contains("minlog.properties", error.Message, StringComparison.Ordinal);
    }
}
