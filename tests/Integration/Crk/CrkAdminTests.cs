using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Crk;

/// <summary><c>/crk/admin</c>: changes, refusals (400 with the reason, 404, nothing changed), audit lines and the
/// operations allow-list, on PostgreSQL over HTTP.</summary>
public sealed class CrkAdminTests(PostgresClassDatabase<CrkAdminTests> database) : IClassFixture<PostgresClassDatabase<CrkAdminTests>>
{
    private const string ConfigId = "svc";

    [Fact]
    public async Task Versions_are_listed_per_configId_newest_first_with_their_actions()
    {
        await using var host = await LoadedHostAsync();
        host.Source.Set("svc", DksDocuments.Endpoint("SVC", "https://svc.example/", "2026-12-02T10:00:00Z", new DksTestAction("urn:b")));
        Assert.Equal(HttpStatusCode.OK, (await host.ReloadAsync(ConfigId)).Code);

        var (code, body) = await host.GetAsync("/crk/admin/versions?configId=" + ConfigId);

        Assert.Equal(HttpStatusCode.OK, code);
        using var json = JsonDocument.Parse(body);
        var versions = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([2L, 1L], versions.Select(v => v.GetProperty("version").GetInt64()));
        Assert.Equal([true, false], versions.Select(v => v.GetProperty("active").GetBoolean()));
        var newest = versions[0].GetProperty("actions").EnumerateArray().Select(a => (a.GetProperty("name").GetString(), a.GetProperty("inheritedEndpoint").ValueKind)).ToList();
        Assert.Equal([("urn:b", JsonValueKind.Null), ("urn:a", JsonValueKind.Number)], newest);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/crk/admin/versions")).Code);
    }

    [Fact]
    public async Task Proxy_override_is_set_and_cleared_and_audited()
    {
        await using var host = await LoadedHostAsync();
        var action = (await host.ActionsAsync((await host.VersionsAsync(ConfigId)).Single().Id)).Single();

        var set = await host.SendJsonAsync(HttpMethod.Put, $"/crk/admin/actions/{action.Id}/proxyoverride", """{"proxyOverride":false}""");
        Assert.Equal(HttpStatusCode.OK, set.Code);
        Assert.False((await host.ActionsAsync(action.EndpointId)).Single().ProxyOverride);
        var cleared = await host.SendJsonAsync(HttpMethod.Put, $"/crk/admin/actions/{action.Id}/proxyoverride", """{"proxyOverride":null}""");
        Assert.Equal(HttpStatusCode.OK, cleared.Code);
        Assert.Null((await host.ActionsAsync(action.EndpointId)).Single().ProxyOverride);

        var lines = host.AuditLines().Where(l => l.Contains("setProxyOverride", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        using var line = JsonDocument.Parse(lines[0]);
        Assert.Equal("dk.sds.nsp.audit.log.crk", line.RootElement.GetProperty("category").GetString());
        var information = line.RootElement.GetProperty("audit").GetProperty("components").EnumerateArray()
            .Single(c => c.GetProperty("component").GetString() == "CRK").GetProperty("contexts").EnumerateArray()
            .Single(c => c.GetProperty("context").GetString() == "setProxyOverride").GetProperty("information").EnumerateArray()
            .ToDictionary(i => i.GetProperty("key").GetString()!, i => (i.GetProperty("type").GetString(), i.GetProperty("value").GetString()));
        Assert.Equal(("NPI", action.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), information["action-id"]);
        Assert.Equal(("NPI", "false"), information["proxy-override"]);
        Assert.Contains("\"client-address\"", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Override_rows_are_created_changed_and_deleted()
    {
        await using var host = await LoadedHostAsync();

        var created = await host.SendJsonAsync(HttpMethod.Post, "/crk/admin/overrides", """{"name":"SVC","node":"n1","serviceUrl":"//other.example:8443","timeout":100}""");
        Assert.Equal(HttpStatusCode.Created, created.Code);
        var id = JsonDocument.Parse(created.Body).RootElement.GetProperty("id").GetInt64();
        var changed = await host.SendJsonAsync(HttpMethod.Put, $"/crk/admin/overrides/{id}", """{"name":"SVC","node":"n1","useProxy":true}""");
        Assert.Equal(HttpStatusCode.OK, changed.Code);
        var row = Assert.Single(await host.WithContextAsync(c => Task.FromResult(c.Overrides.ToList())));
        Assert.Equal(("SVC", "n1", (string?)null, (bool?)true, (long?)null), (row.Name, row.Node, row.ServiceUrl, row.UseProxy, row.Timeout));
        var (listCode, list) = await host.GetAsync("/crk/admin/overrides");
        Assert.Equal(HttpStatusCode.OK, listCode);
        Assert.Contains("\"node\":\"n1\"", list, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await host.SendJsonAsync(HttpMethod.Delete, $"/crk/admin/overrides/{id}", null)).Code);
        Assert.Empty(await host.WithContextAsync(c => Task.FromResult(c.Overrides.ToList())));
        Assert.Contains(host.AuditLines(), l => l.Contains("deleteOverride", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string?, HttpStatusCode, string> Refusals() => new()
    {
        { "PUT", "/crk/admin/actions/{action}/proxyoverride", "{\"proxyOverride\":\"no\"}", HttpStatusCode.BadRequest, "must be true or false or null" },
        { "PUT", "/crk/admin/actions/{action}/proxyoverride", "{}", HttpStatusCode.BadRequest, "'proxyOverride' is required" },
        { "PUT", "/crk/admin/actions/{action}/proxyoverride", "not json", HttpStatusCode.BadRequest, "not JSON" },
        { "PUT", "/crk/admin/actions/{action}/proxyoverride", "[true]", HttpStatusCode.BadRequest, "must be a JSON object" },
        { "PUT", "/crk/admin/actions/{action}/active", "{\"active\":null}", HttpStatusCode.BadRequest, "must be true or false" },
        { "PUT", "/crk/admin/actions/{action}/active", "{\"active\":true,\"extra\":1}", HttpStatusCode.BadRequest, "Unknown field 'extra'" },
        { "PUT", "/crk/admin/actions/999999/active", "{\"active\":false}", HttpStatusCode.NotFound, "no action with id 999999" },
        { "POST", "/crk/admin/overrides", "{\"node\":\"n1\"}", HttpStatusCode.BadRequest, "'name' is required" },
        { "POST", "/crk/admin/overrides", "{\"name\":\"  \"}", HttpStatusCode.BadRequest, "name must be 1..255" },
        { "POST", "/crk/admin/overrides", "{\"name\":\"SVC\",\"serviceUrl\":\"https://\"}", HttpStatusCode.BadRequest, "serviceUrl must be" },
        { "POST", "/crk/admin/overrides", "{\"name\":\"SVC\",\"serviceUrl\":\"http://a.example/x?y=1\"}", HttpStatusCode.BadRequest, "serviceUrl must be" },
        { "POST", "/crk/admin/overrides", "{\"name\":\"SVC\",\"timeout\":-1}", HttpStatusCode.BadRequest, "timeout must be" },
        { "POST", "/crk/admin/overrides", "{\"name\":\"SVC\",\"timeout\":1.5}", HttpStatusCode.BadRequest, "whole number" },
        { "POST", "/crk/admin/overrides", "{\"name\":\"SVC\",\"idCardMaxAge\":0}", HttpStatusCode.BadRequest, "idcardmaxage must be" },
        { "POST", "/crk/admin/overrides", "{\"name\":\"SVC\",\"wsaHeadersProcessing\":\"" + new string('x', 33) + "\"}", HttpStatusCode.BadRequest, "wsaHeadersProcessing must be" },
        { "POST", "/crk/admin/overrides", "{\"name\":\"SVC\",\"node\":{\"a\":{\"b\":{\"c\":{\"d\":1}}}}}", HttpStatusCode.BadRequest, "not JSON" },
        { "PUT", "/crk/admin/overrides/999999", "{\"name\":\"SVC\"}", HttpStatusCode.NotFound, "no override row with id 999999" },
        { "DELETE", "/crk/admin/overrides/999999", null, HttpStatusCode.NotFound, "no override row with id 999999" },
        { "POST", "/crk/admin/reload/unknown", null, HttpStatusCode.NotFound, "No source is configured for the configId unknown" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_admin_request_is_refused_with_its_reason_and_changes_nothing(string method, string path, string? body, HttpStatusCode expected, string reason)
    {
        await using var host = await LoadedHostAsync();
        var action = (await host.ActionsAsync((await host.VersionsAsync(ConfigId)).Single().Id)).Single();
        var before = await SnapshotAsync(host);

        var (code, answer) = await host.SendJsonAsync(new HttpMethod(method), path.Replace("{action}", action.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), body);

        Assert.True(code == expected, $"{method} {path}: {code} {answer}");
        Assert.Contains(reason, JsonDocument.Parse(answer).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(host));
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        await using var host = await LoadedHostAsync();

        var (code, answer) = await host.SendJsonAsync(HttpMethod.Post, "/crk/admin/overrides", "{\"name\":\"" + new string('x', 20_000) + "\"}");

        Assert.Equal(HttpStatusCode.BadRequest, code);
        Assert.Contains("larger than", answer, StringComparison.Ordinal);
        Assert.Empty(await host.WithContextAsync(c => Task.FromResult(c.Overrides.ToList())));
    }

    [Fact]
    public async Task A_caller_from_another_host_is_refused_every_admin_and_reload_url_and_nothing_changes()
    {
        await using var host = await LoadedHostAsync();
        var action = (await host.ActionsAsync((await host.VersionsAsync(ConfigId)).Single().Id)).Single();
        var before = await SnapshotAsync(host);
        var (remote, client) = host.FromElsewhere();
        using (remote)
        using (client)
        {
            var calls = new (HttpMethod Method, string Path, string? Body)[]
            {
                (HttpMethod.Get, "/crk/admin/versions", null),
                (HttpMethod.Put, $"/crk/admin/actions/{action.Id}/proxyoverride", """{"proxyOverride":true}"""),
                (HttpMethod.Put, $"/crk/admin/actions/{action.Id}/active", """{"active":false}"""),
                (HttpMethod.Get, "/crk/admin/overrides", null),
                (HttpMethod.Post, "/crk/admin/overrides", """{"name":"SVC"}"""),
                (HttpMethod.Delete, "/crk/admin/overrides/1", null),
                (HttpMethod.Post, "/crk/admin/reload/" + ConfigId, null),
                (HttpMethod.Get, "/crk/reload/" + ConfigId, null),
                (HttpMethod.Get, "/crk/reload", null),
            };
            foreach (var (method, path, body) in calls)
            {
                using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
                if (body is not null)
                {
                    request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} answered {response.StatusCode}");
            }
        }

        Assert.Equal(before, await SnapshotAsync(host));
        Assert.Contains(host.AuditLines(), l => l.Contains("REFUSED", StringComparison.Ordinal) && l.Contains("/crk/admin/overrides", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reload_from_the_admin_surface_answers_its_outcome()
    {
        await using var host = await LoadedHostAsync();
        host.Source.Set("svc", DksDocuments.Endpoint("SVC", "https://svc.example/", "2026-12-02T10:00:00Z", new DksTestAction("urn:a")));

        var (code, body) = await host.SendJsonAsync(HttpMethod.Post, "/crk/admin/reload/" + ConfigId, null);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("FINISHED", JsonDocument.Parse(body).RootElement.GetProperty("outcome").GetString());
        Assert.Equal(2, (await host.VersionsAsync(ConfigId)).Count);
    }

    private async Task<CrkHost> LoadedHostAsync()
    {
        var host = await CrkHost.StartAsync(database.Database, new() { [ConfigId] = "http:svc" });
        host.Source.Set("svc", DksDocuments.Endpoint("SVC", "https://svc.example/", "2026-12-01T10:00:00Z", new DksTestAction("urn:a")));
        Assert.Equal(HttpStatusCode.OK, (await host.ReloadAsync(ConfigId)).Code);
        return host;
    }

    private static Task<string> SnapshotAsync(CrkHost host) =>
        host.WithContextAsync(async c =>
        {
            var endpoints = await c.Endpoints.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
            var actions = await c.Actions.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
            var overrides = await c.Overrides.AsNoTracking().OrderBy(o => o.Id).ToListAsync();
            return string.Join(
                "\n",
                endpoints.Select(e => FormattableString.Invariant($"{e.Id}/{e.Version}/{e.Active}/{e.LastModified:O}"))
                    .Concat(actions.Select(a => FormattableString.Invariant($"{a.Id}/{a.Active}/{a.ProxyOverride}/{a.InheritedEndpoint}")))
                    .Concat(overrides.Select(o => FormattableString.Invariant($"{o.Id}/{o.Name}/{o.Node}/{o.Timeout}/{o.UseProxy}"))));
        });
}
