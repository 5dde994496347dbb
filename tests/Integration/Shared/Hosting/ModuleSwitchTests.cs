using System.Net;

namespace Nsp.Tests.Integration.Shared.Hosting;

public sealed class ModuleSwitchTests
{
    private static readonly string[] EveryPartsStatusUrl =
    [
        "/idsas-registration/status", "/idsas-lookup/status", "/idsas-salt/status", "/idsas-operations/status",
        "/odr/status", "/odr-operations/odr-slettejob/status", "/brs-nsp/status", "/brs-backend/status/",
        "/crk/status", "/minlog/status", "/dros/health",
    ];

    [Fact]
    public async Task A_host_serving_one_part_answers_its_urls_and_not_the_others()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?> { ["nsp.services"] = "crk" });
        using var client = factory.CreateClient();

        foreach (var url in EveryPartsStatusUrl)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(
                url == "/crk/status" ? response.StatusCode == HttpStatusCode.OK : response.StatusCode == HttpStatusCode.NotFound,
                $"{url} answered {(int)response.StatusCode}");
        }

        Assert.Equal("Database: OK", await client.GetStringAsync(new Uri("/crk/status", UriKind.Relative)));
        Assert.True(File.Exists(Path.Combine(factory.Root, "data", "crk.db")));
        Assert.False(File.Exists(Path.Combine(factory.Root, "data", "idsas.db")), "an unserved service's database was created");
    }

    [Fact]
    public async Task The_default_serves_only_the_parts_with_operations_so_far_IDSAS_ODR_and_MinLog()
    {
        using var factory = new NspHostFactory();
        using var client = factory.CreateClient();

        foreach (var url in EveryPartsStatusUrl)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var expected = url.StartsWith("/idsas-", StringComparison.Ordinal) || url.StartsWith("/odr", StringComparison.Ordinal)
                || url.StartsWith("/minlog", StringComparison.Ordinal)
                ? HttpStatusCode.OK
                : HttpStatusCode.NotFound;
            Assert.True(response.StatusCode == expected, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        Assert.True(File.Exists(Path.Combine(factory.Root, "data", "idsas.db")));
        Assert.True(File.Exists(Path.Combine(factory.Root, "data", "odr.db")));
        Assert.True(File.Exists(Path.Combine(factory.Root, "data", "minlog.db")));
        foreach (var service in new[] { "brs", "crk", "dros" })
        {
            Assert.False(File.Exists(Path.Combine(factory.Root, "data", service + ".db")), service);
        }
    }

    [Fact]
    public async Task Every_part_named_in_nsp_services_is_served_each_on_its_own_database()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?>
        {
            ["nsp.services"] = "idsas-registration,idsas-lookup,idsas-salt,idsas-operations,odr,odr-operations,brs-nsp,brs-backend,crk,minlog,dros",
        });
        Odr.Soap.OdrTestProperties.WriteDefaults(factory.ConfigDirectory);
        using var client = factory.CreateClient();

        foreach (var url in EveryPartsStatusUrl)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        foreach (var service in new[] { "idsas", "odr", "brs", "crk", "minlog", "dros" })
        {
            Assert.True(File.Exists(Path.Combine(factory.Root, "data", service + ".db")), service);
        }
    }

    [Fact]
    public async Task Two_parts_of_one_service_share_its_database_and_both_answer()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?> { ["nsp.services"] = "idsas-lookup,idsas-salt" });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/idsas-lookup/status", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/idsas-salt/status", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/idsas-registration/status", UriKind.Relative))).StatusCode);
    }
}
