using System.Net;
using System.Xml.Linq;
using Nsp.Tests.Integration.Shared.Hosting;

namespace Nsp.Tests.Integration.Crk;

/// <summary>The embedded default (issue 14 item 5): on a fresh machine CRK's first start names the DKS pages of the
/// parts this process serves (<c>local:</c> sources), the start-up reload loads them, and <c>/crk/dcc</c> shows them.</summary>
public sealed class CrkEmbeddedDefaultTests
{
    private static readonly XNamespace Dks = DksDocuments.Namespace;

    [Fact]
    public async Task A_fresh_start_shows_the_served_services_in_the_dcc_view()
    {
        using var factory = new NspHostFactory(writeIdsasProperties: false);
        using var client = factory.CreateClient();

        var properties = await File.ReadAllTextAsync(Path.Combine(factory.ConfigDirectory, "crk.properties"));
        Assert.Contains("crk.source.odr-20180501=local:/odr/dksconfig", properties, StringComparison.Ordinal);
        Assert.Contains("crk.source.idsas-registration-20230601=local:/idsas-registration/20230601/dksconfig", properties, StringComparison.Ordinal);

        XDocument? view = null;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            view = XDocument.Parse(await client.GetStringAsync(new Uri("/crk/dcc", UriKind.Relative)));
            if (view.Root!.Elements(Dks + "endpoint").Count() == 6)
            {
                break;
            }

            await Task.Delay(200);
        }

        var names = view!.Root!.Elements(Dks + "endpoint").Select(e => e.Element(Dks + "name")!.Value).ToList();
        Assert.Equal(
            ["idsas-lookup-20230601", "idsas-lookup-20240124", "idsas-registration-20230601", "idsas-registration-20240124", "idsas-salt-20230601", "odr-20180501"],
            names);
        var odr = view.Root.Elements(Dks + "endpoint").Single(e => e.Element(Dks + "name")!.Value == "odr-20180501");
        Assert.Equal("http://localhost:5000/odr/odr", odr.Element(Dks + "url")!.Value);
        Assert.Equal(5, odr.Elements(Dks + "action").Count());
        Assert.Equal((HttpStatusCode.OK, string.Empty), await GetAsync(client, "/crk/alarm"));
    }

    private static async Task<(HttpStatusCode, string)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
