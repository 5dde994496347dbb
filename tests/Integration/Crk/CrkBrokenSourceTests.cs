using System.Net;
using Nsp.Domain.Shared.Jobs;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Crk;

/// <summary>A bad or unreachable definition changes nothing, sets the job state ERROR with the reason and raises
/// <c>/crk/alarm</c> naming the configId until a reload succeeds (DESIGN 5.4), on PostgreSQL over HTTP.</summary>
public sealed class CrkBrokenSourceTests(PostgresClassDatabase<CrkBrokenSourceTests> database) : IClassFixture<PostgresClassDatabase<CrkBrokenSourceTests>>
{
    private const string ConfigId = "broken-source";
    private const string Url = "https://nsp.example/svc";

    public static TheoryData<string, string, string> BrokenDocuments() => new()
    {
        { "not XML", "<dks:endpoint xmlns:dks=\"http://nsp.dk/dksconfig/2026/11/25/\"><dks:name>X</dks:name>", "not well-formed XML" },
        { "a DTD", "<!DOCTYPE x [<!ENTITY e \"e\">]><dks:endpoint xmlns:dks=\"http://nsp.dk/dksconfig/2026/11/25/\"/>", "not well-formed XML" },
        { "no name", Without("name"), "does not match the DKS schema" },
        { "no url", Without("url"), "does not match the DKS schema" },
        { "no externaltime", Without("externaltime"), "does not match the DKS schema" },
        { "a timeout that is no number", DksDocuments.Endpoint("SVC", Url, "2026-12-05T10:00:00Z", new DksTestAction("urn:a")).Replace("<dks:timeout>30000<", "<dks:timeout>soon<", StringComparison.Ordinal), "does not match the DKS schema" },
        { "another model", DksDocuments.Endpoint("SVC", Url, "2026-12-05T10:00:00Z", new DksTestAction("urn:a")).Replace("synchronous_timeout", "asynchronous", StringComparison.Ordinal), "does not match the DKS schema" },
        { "an unknown element", DksDocuments.Endpoint("SVC", Url, "2026-12-05T10:00:00Z").Replace("</dks:endpoint>", "<dks:extra/></dks:endpoint>", StringComparison.Ordinal), "does not match the DKS schema" },
        { "another root", "<dks:endpoints xmlns:dks=\"http://nsp.dk/dksconfig/2026/11/25/\"/>", "not dks:endpoint" },
        { "a foreign root", "<endpoint><name>X</name></endpoint>", "does not match the DKS schema" },
        { "duplicate action names", DksDocuments.Endpoint("SVC", Url, "2026-12-05T10:00:00Z", new DksTestAction("urn:a"), new DksTestAction("urn:a", 5)), "the action urn:a is listed twice" },
        { "a relative url", DksDocuments.Endpoint("SVC", "/svc", "2026-12-05T10:00:00Z"), "not an absolute URL" },
    };

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public async Task A_broken_definition_changes_nothing_and_alarms_until_a_good_one_loads(string what, string document, string reason)
    {
        await using var host = await CrkHost.StartAsync(database.Database, new() { [ConfigId] = "http:svc" });
        host.Source.Set("svc", DksDocuments.Endpoint("SVC", Url, "2026-12-01T10:00:00Z", new DksTestAction("urn:a"), new DksTestAction("urn:b")));
        Assert.Equal(HttpStatusCode.OK, (await host.ReloadAsync(ConfigId)).Code);
        var rowsBefore = await host.RowCountAsync();
        var before = Assert.Single(await host.VersionsAsync(ConfigId));

        host.Source.Set("svc", document);
        var (code, body) = await host.ReloadAsync(ConfigId);

        Assert.True(code == HttpStatusCode.InternalServerError, $"{what}: {code} {body}");
        Assert.DoesNotContain(reason, body, StringComparison.Ordinal);
        Assert.Equal(rowsBefore, await host.RowCountAsync());
        var after = Assert.Single(await host.VersionsAsync(ConfigId));
        Assert.Equal((before.Id, true, before.LastModified), (after.Id, after.Active, after.LastModified));
        var state = await host.JobStateAsync(ConfigId);
        Assert.Equal(JobState.Error, state.State);
        Assert.Contains(reason, state.LastError, StringComparison.Ordinal);
        var (alarmCode, alarm) = await host.GetAsync("/crk/alarm");
        Assert.Equal(HttpStatusCode.InternalServerError, alarmCode);
        Assert.Contains("CRK configId " + ConfigId + ":", alarm, StringComparison.Ordinal);
        Assert.Contains(reason, alarm, StringComparison.Ordinal);

        host.Source.Set("svc", DksDocuments.Endpoint("SVC", Url, "2026-12-06T10:00:00Z", new DksTestAction("urn:a")));
        Assert.Equal(HttpStatusCode.OK, (await host.ReloadAsync(ConfigId)).Code);
        Assert.Equal((HttpStatusCode.OK, string.Empty), await host.GetAsync("/crk/alarm"));
        Assert.Equal(JobState.Finished, (await host.JobStateAsync(ConfigId)).State);
        Assert.Equal(2, (await host.VersionsAsync(ConfigId)).Count);
    }

    [Fact]
    public async Task An_unreachable_source_changes_nothing_and_alarms_until_it_answers_again()
    {
        await using var host = await CrkHost.StartAsync(database.Database, new() { [ConfigId] = "http:svc" });
        host.Source.Set("svc", DksDocuments.Endpoint("SVC", Url, "2026-12-01T10:00:00Z", new DksTestAction("urn:a")));
        Assert.Equal(HttpStatusCode.OK, (await host.ReloadAsync(ConfigId)).Code);
        host.Source.Set("svc", DksDocuments.Endpoint("SVC", Url, "2026-12-02T10:00:00Z", new DksTestAction("urn:b")));

        foreach (var fail in new Action[] { () => host.Source.Server.Fail(503), host.Source.Server.Drop })
        {
            fail();
            var (code, _) = await host.ReloadAsync(ConfigId);
            Assert.Equal(HttpStatusCode.InternalServerError, code);
            Assert.Single(await host.VersionsAsync(ConfigId));
            Assert.Contains("the source is unreachable", (await host.JobStateAsync(ConfigId)).LastError, StringComparison.Ordinal);
            Assert.Contains("CRK configId " + ConfigId, (await host.GetAsync("/crk/alarm")).Body, StringComparison.Ordinal);
        }

        host.Source.Server.Answer();
        Assert.Equal(HttpStatusCode.OK, (await host.ReloadAsync(ConfigId)).Code);
        Assert.Equal([1L, 2L], (await host.VersionsAsync(ConfigId)).Select(v => v.Version));
        Assert.Equal((HttpStatusCode.OK, string.Empty), await host.GetAsync("/crk/alarm"));
    }

    [Fact]
    public async Task An_oversized_document_is_refused_unread()
    {
        await using var host = await CrkHost.StartAsync(database.Database, new() { [ConfigId] = "http:svc" });
        var padding = "<!--" + new string('x', 1_100_000) + "-->";
        host.Source.Set("svc", DksDocuments.Endpoint("SVC", Url, "2026-12-01T10:00:00Z", new DksTestAction("urn:a")).Replace("<dks:name>", padding + "<dks:name>", StringComparison.Ordinal));

        var (code, _) = await host.ReloadAsync(ConfigId);

        Assert.Equal(HttpStatusCode.InternalServerError, code);
        Assert.Empty(await host.VersionsAsync(ConfigId));
        Assert.Contains("CRK configId " + ConfigId, (await host.GetAsync("/crk/alarm")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_an_unreachable_source()
    {
        await using var host = await CrkHost.StartAsync(database.Database, new() { [ConfigId] = "/nonexistent/dir/svc.xml" });

        var (code, _) = await host.ReloadAsync(ConfigId);

        Assert.Equal(HttpStatusCode.InternalServerError, code);
        Assert.Empty(await host.VersionsAsync(ConfigId));
        Assert.Contains("the source is unreachable", (await host.JobStateAsync(ConfigId)).LastError, StringComparison.Ordinal);
    }

    private static string Without(string element)
    {
        var document = DksDocuments.Endpoint("SVC", Url, "2026-12-05T10:00:00Z", new DksTestAction("urn:a"));
        var start = document.IndexOf("<dks:" + element + ">", StringComparison.Ordinal);
        var end = document.IndexOf("</dks:" + element + ">", StringComparison.Ordinal) + element.Length + 7;
        return document.Remove(start, end - start);
    }
}
