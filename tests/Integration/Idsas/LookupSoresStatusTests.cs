using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Http;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>Lookup's <c>/status</c> probes SORES's own <c>/status</c> and counts failures in the
/// <c>soresclient.*</c> window (ADR 0025): against an in-test SORES over HTTP, and against the operator's registry file.</summary>
public sealed class LookupSoresStatusTests
{
    private const string LookupStatus = "/idsas-lookup/status";
    private const string SoresAlarm = "SORES servicen har fejlet flere gange end tilladt i en given periode.";
    private static readonly Dictionary<string, string?> LookupOnly = new() { ["nsp.services"] = "idsas-lookup" };

    [Fact]
    public async Task Lookup_status_is_503_once_SORES_has_failed_more_often_than_its_tolerance()
    {
        await using var sores = await TestHttpServer.StartAsync(app => app.MapGet("/sores/status", () => Results.Text("OK")));
        using var factory = new NspHostFactory(LookupOnly);
        UseHttpSores(factory, new Uri(sores.BaseAddress, "sores/"), ("soresclient.error.tolerance", "1"));
        using var client = factory.CreateClient();

        var (healthy, healthyText) = await GetAsync(client);
        Assert.Equal(HttpStatusCode.OK, healthy);
        Assert.Contains("SORES: OK", healthyText, StringComparison.Ordinal);
        Assert.Equal(1, sores.RequestCount);

        sores.Fail(500);
        var (withinTolerance, _) = await GetAsync(client);
        Assert.Equal(HttpStatusCode.OK, withinTolerance);

        sores.Drop();
        var (beyondTolerance, text) = await GetAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, beyondTolerance);
        Assert.Contains(SoresAlarm, text, StringComparison.Ordinal);
        Assert.Contains("Database: OK", text, StringComparison.Ordinal);

        // SORES is well again, but the two failures stay in the ten-minute window: the page stays red.
        sores.Answer();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await GetAsync(client)).Status);
        Assert.Equal(4, sores.RequestCount);
    }

    [Fact]
    public async Task A_SORES_that_hangs_turns_lookup_status_red_after_the_probe_timeout()
    {
        await using var sores = await TestHttpServer.StartAsync(app => app.MapGet("/status", () => Results.Text("OK")));
        using var factory = new NspHostFactory(LookupOnly);
        UseHttpSores(factory, sores.BaseAddress, ("soresclient.timeout", "PT0.5S"));
        using var client = factory.CreateClient();
        sores.Stall(TimeSpan.FromSeconds(30));

        var (status, text) = await GetAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains(SoresAlarm, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_registry_file_lookup_status_follows_the_file_and_forgets_failures_after_the_window()
    {
        using var factory = new NspHostFactory(LookupOnly);
        string file = Path.Combine(factory.ConfigDirectory, "sores.json");
        await File.AppendAllTextAsync(Path.Combine(factory.ConfigDirectory, "idsas-lookup.properties"), "soresclient.errorcount.duration=PT1S\n");
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client)).Status);

        File.Delete(file);
        var (missing, text) = await GetAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, missing);
        Assert.Contains(SoresAlarm, text, StringComparison.Ordinal);

        await File.WriteAllTextAsync(file, "not json");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await GetAsync(client)).Status);

        await File.WriteAllTextAsync(file, """{"sorEntities":[]}""");
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client)).Status);
    }

    [Fact]
    public void Lookup_without_a_SORES_url_does_not_start_and_names_the_property_and_its_file()
    {
        using var factory = new NspHostFactory(LookupOnly);
        IdsasTestProperties.Write(factory.ConfigDirectory, "idsas-lookup", new()
        {
            ["idsas.lookup.strategy"] = "CPR",
            ["dcc.endpoint"] = IdsasTestProperties.DccEndpoint,
        });

        var error = Assert.Throws<MissingPropertyException>(() => factory.CreateClient());

        Assert.Contains("soresclient.url", error.Message, StringComparison.Ordinal);
        Assert.Contains("idsas-lookup.properties", error.Message, StringComparison.Ordinal);
    }

    private static void UseHttpSores(NspHostFactory factory, Uri url, params (string Key, string Value)[] extra)
    {
        var properties = new Dictionary<string, string>
        {
            ["idsas.lookup.strategy"] = "CPR",
            ["idsas.allowed.client.system.name"] = IdsasTestProperties.AllowedSystem,
            ["dcc.endpoint"] = IdsasTestProperties.DccEndpoint,
            ["soresclient.url"] = url.AbsoluteUri,
        };
        foreach (var (key, value) in extra)
        {
            properties[key] = value;
        }

        IdsasTestProperties.Write(factory.ConfigDirectory, "idsas-lookup", properties);
    }

    private static async Task<(HttpStatusCode Status, string Text)> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri(LookupStatus, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
