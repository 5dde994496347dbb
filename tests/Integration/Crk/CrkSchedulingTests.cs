using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Crk;

/// <summary><c>crk.reload.cron</c>: Quartz reloads every configId through the same command the HTTP trigger sends; a
/// malformed expression stops start-up naming the property and its file.</summary>
public sealed class CrkSchedulingTests(PostgresClassDatabase<CrkSchedulingTests> database) : IClassFixture<PostgresClassDatabase<CrkSchedulingTests>>
{
    [Fact]
    public async Task A_cron_expression_reloads_every_configId_without_an_http_trigger()
    {
        await using var host = await CrkHost.StartAsync(database.Database, new() { ["one"] = "http:one", ["two"] = "http:two" }, new() { ["crk.reload.cron"] = "* * * * * ?" });
        host.Source.Set("one", DksDocuments.Endpoint("ONE", "https://one.example/", "2026-12-01T10:00:00Z", new DksTestAction("urn:a")));
        host.Source.Set("two", DksDocuments.Endpoint("TWO", "https://two.example/", "2026-12-01T10:00:00Z", new DksTestAction("urn:b")));

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && ((await host.VersionsAsync("one")).Count == 0 || (await host.VersionsAsync("two")).Count == 0))
        {
            await Task.Delay(200);
        }

        Assert.Single(await host.VersionsAsync("one"));
        Assert.Single(await host.VersionsAsync("two"));
    }

    [Fact]
    public async Task A_malformed_cron_expression_stops_start_up_naming_the_property()
    {
        var error = await Assert.ThrowsAsync<InvalidPropertyException>(() =>
            CrkHost.StartAsync(database.Database, new() { ["one"] = "http:one" }, new() { ["crk.reload.cron"] = "every minute" }));

        Assert.Contains("crk.reload.cron in crk.properties", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_configId_or_source_stops_start_up_naming_the_key()
    {
        var configId = await Assert.ThrowsAsync<InvalidPropertyException>(() => CrkHost.StartAsync(database.Database, new() { ["bad/id"] = "http:one" }));
        var source = await Assert.ThrowsAsync<InvalidPropertyException>(() => CrkHost.StartAsync(database.Database, new() { ["svc"] = "local:odr/dksconfig" }));

        Assert.Contains("crk.source.bad/id", configId.Message, StringComparison.Ordinal);
        Assert.Contains("crk.source.svc", source.Message, StringComparison.Ordinal);
    }
}
