using System.Net;
using Nsp.Domain.Shared.Jobs;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Crk;

/// <summary>Reload per configId on PostgreSQL over HTTP (DESIGN 5.4): versions, carried-over flags, inherited actions.</summary>
public sealed class CrkReloadTests(PostgresClassDatabase<CrkReloadTests> database) : IClassFixture<PostgresClassDatabase<CrkReloadTests>>
{
    private const string ConfigId = "odr-20180501";
    private const string Url = "https://nsp.example/odr/odr";

    private static readonly Dictionary<string, string> Sources = new() { [ConfigId] = "http:odr" };

    [Fact]
    public async Task A_first_reload_makes_version_1_active_with_the_sources_actions()
    {
        await using var host = await CrkHost.StartAsync(database.Database, Sources);
        host.Source.Set("odr", DksDocuments.Endpoint("ODR", Url, "2026-12-01T10:00:00.123Z", new DksTestAction("urn:create", 30000, true, 1440), new DksTestAction("urn:get", 5000, false, null)));

        var (code, body) = await host.ReloadAsync(ConfigId);

        Assert.True(code == HttpStatusCode.OK, body);
        Assert.Contains("crk-reload-odr-20180501: FINISHED, 1 processed", body, StringComparison.Ordinal);
        var version = Assert.Single(await host.VersionsAsync(ConfigId));
        Assert.Equal((1L, true, "ODR", Url), (version.Version, version.Active, version.Name, version.Url));
        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0, 123, DateTimeKind.Utc), version.ExternalTime);
        Assert.Equal(version.CreatedTime, version.LastModified);
        var actions = await host.ActionsAsync(version.Id);
        Assert.Equal(["urn:create", "urn:get"], actions.Select(a => a.Name));
        Assert.All(actions, a => Assert.True(a.Active && a.ProxyOverride is null && a.InheritedEndpoint is null && a.Model == "synchronous_timeout"));
        Assert.Equal((30000L, true, (int?)1440), (actions[0].Timeout, actions[0].UseProxy, actions[0].IdCardMaxAge));
        Assert.Equal((5000L, false, (int?)null), (actions[1].Timeout, actions[1].UseProxy, actions[1].IdCardMaxAge));
        Assert.Equal(JobState.Finished, (await host.JobStateAsync(ConfigId)).State);
        Assert.Equal((HttpStatusCode.OK, string.Empty), await host.GetAsync("/crk/alarm"));
        var audit = Assert.Single(host.AuditLines(), l => l.Contains("\"crk-reload-odr-20180501\"", StringComparison.Ordinal));
        Assert.Contains("\"category\":\"dk.sds.nsp.audit.log.crk\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"FINISHED\"", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_externaltime_changes_nothing_even_when_the_rest_differs()
    {
        await using var host = await CrkHost.StartAsync(database.Database, Sources);
        host.Source.Set("odr", DksDocuments.Endpoint("ODR", Url, "2026-12-01T10:00:00Z", new DksTestAction("urn:create")));
        await host.ReloadAsync(ConfigId);
        var before = await host.VersionsAsync(ConfigId);

        host.Source.Set("odr", DksDocuments.Endpoint("ODR-renamed", Url + "/v2", "2026-12-01T11:00:00+01:00", new DksTestAction("urn:other")));
        var (code, body) = await host.ReloadAsync(ConfigId);

        Assert.True(code == HttpStatusCode.OK, body);
        Assert.Contains("FINISHED, 0 processed", body, StringComparison.Ordinal);
        var after = await host.VersionsAsync(ConfigId);
        var version = Assert.Single(after);
        Assert.Equal((before[0].Id, before[0].LastModified, "ODR"), (version.Id, version.LastModified, version.Name));
        Assert.Equal(["urn:create"], (await host.ActionsAsync(version.Id)).Select(a => a.Name));
    }

    [Fact]
    public async Task A_changed_source_makes_a_new_version_keeps_operations_flags_and_copies_vanished_actions_as_inherited()
    {
        await using var host = await CrkHost.StartAsync(database.Database, Sources);
        host.Source.Set("odr", DksDocuments.Endpoint("ODR", Url, "2026-12-01T10:00:00Z",
            new DksTestAction("urn:a", 1000, true), new DksTestAction("urn:b", 2000, true), new DksTestAction("urn:d", 4000, false, 60)));
        await host.ReloadAsync(ConfigId);
        var v1 = Assert.Single(await host.VersionsAsync(ConfigId));
        var v1Actions = await host.ActionsAsync(v1.Id);
        Assert.Equal(HttpStatusCode.OK, (await host.SendJsonAsync(HttpMethod.Put, $"/crk/admin/actions/{v1Actions[0].Id}/proxyoverride", """{"proxyOverride":false}""")).Code);
        Assert.Equal(HttpStatusCode.OK, (await host.SendJsonAsync(HttpMethod.Put, $"/crk/admin/actions/{v1Actions[1].Id}/active", """{"active":false}""")).Code);
        Assert.Equal(HttpStatusCode.OK, (await host.SendJsonAsync(HttpMethod.Put, $"/crk/admin/actions/{v1Actions[2].Id}/proxyoverride", """{"proxyOverride":true}""")).Code);

        // urn:d vanishes, urn:c is new, urn:a and urn:b change their values.
        host.Source.Set("odr", DksDocuments.Endpoint("ODR", Url, "2026-12-02T10:00:00Z",
            new DksTestAction("urn:a", 1500, true), new DksTestAction("urn:b", 2500, false), new DksTestAction("urn:c", 3000, true)));
        var (code, body) = await host.ReloadAsync(ConfigId);

        Assert.True(code == HttpStatusCode.OK, body);
        var versions = await host.VersionsAsync(ConfigId);
        Assert.Equal([(1L, false), (2L, true)], versions.Select(v => (v.Version, v.Active)));
        Assert.True(versions[0].LastModified > versions[0].CreatedTime, "the old version's lastmodified marks its deactivation");
        var v2 = versions[1];
        var actions = await host.ActionsAsync(v2.Id);
        Assert.Equal(["urn:a", "urn:b", "urn:c", "urn:d"], actions.Select(a => a.Name));
        var (a, b, c, d) = (actions[0], actions[1], actions[2], actions[3]);
        Assert.Equal((1500L, true, (bool?)false, true, (long?)null), (a.Timeout, a.UseProxy, a.ProxyOverride, a.Active, a.InheritedEndpoint));
        Assert.Equal((2500L, false, (bool?)null, false, (long?)null), (b.Timeout, b.UseProxy, b.ProxyOverride, b.Active, b.InheritedEndpoint));
        Assert.Equal((3000L, (bool?)null, true, (long?)null), (c.Timeout, c.ProxyOverride, c.Active, c.InheritedEndpoint));
        Assert.Equal((4000L, false, (bool?)true, true, (int?)60, (long?)v1.Id), (d.Timeout, d.UseProxy, d.ProxyOverride, d.Active, d.IdCardMaxAge, d.InheritedEndpoint));

        // Copied again, it keeps naming the version it first came from; operations may drop it.
        Assert.Equal(HttpStatusCode.OK, (await host.SendJsonAsync(HttpMethod.Put, $"/crk/admin/actions/{d.Id}/active", """{"active":false}""")).Code);
        host.Source.Set("odr", DksDocuments.Endpoint("ODR", Url, "2026-12-03T10:00:00Z", new DksTestAction("urn:a", 1500, true)));
        Assert.Equal(HttpStatusCode.OK, (await host.ReloadAsync(ConfigId)).Code);
        var v3 = (await host.VersionsAsync(ConfigId)).Single(v => v.Active);
        Assert.Equal(3, v3.Version);
        var v3Actions = await host.ActionsAsync(v3.Id);
        var d3 = v3Actions.Single(x => x.Name == "urn:d");
        Assert.Equal(((long?)v1.Id, false), (d3.InheritedEndpoint, d3.Active));
        Assert.Equal((long?)v2.Id, v3Actions.Single(x => x.Name == "urn:c").InheritedEndpoint);
    }

    [Fact]
    public async Task A_reload_of_every_configId_reports_each_and_fails_when_one_does()
    {
        await using var host = await CrkHost.StartAsync(database.Database, new() { ["good"] = "http:good", ["bad"] = "http:missing" });
        host.Source.Set("good", DksDocuments.Endpoint("GOOD", Url, "2026-12-01T10:00:00Z", new DksTestAction("urn:a")));

        var (code, body) = await host.GetAsync("/crk/reload");

        Assert.Equal(HttpStatusCode.InternalServerError, code);
        Assert.Contains("crk-reload-good: FINISHED, 1 processed", body, StringComparison.Ordinal);
        Assert.Contains("crk-reload-bad: FAILED", body, StringComparison.Ordinal);
        Assert.Single(await host.VersionsAsync("good"));
        Assert.Empty(await host.VersionsAsync("bad"));
    }

    [Fact]
    public async Task A_file_source_is_read_relative_to_the_configuration_directory()
    {
        await using var host = await CrkHost.StartAsync(database.Database, new() { ["filed"] = "filed.xml" });
        await File.WriteAllTextAsync(Path.Combine(host.Factory.ConfigDirectory, "filed.xml"),
            DksDocuments.Endpoint("FILED", Url, "2026-12-01T10:00:00", new DksTestAction("urn:a")));

        var (code, body) = await host.ReloadAsync("filed");

        Assert.True(code == HttpStatusCode.OK, body);
        var version = Assert.Single(await host.VersionsAsync("filed"));
        // No offset: Danish time (DESIGN 4.9), 10:00 in December is 09:00 UTC.
        Assert.Equal(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc), version.ExternalTime);
    }
}
