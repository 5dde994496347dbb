using System.Net;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Tests.Integration.Shared.Hosting;

public sealed class HostStartupTests
{
    [Fact]
    public async Task The_embedded_default_starts_migrates_its_sqlite_files_and_answers()
    {
        using var factory = new NspHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/idsas-salt/status", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(factory.Root, "data", "idsas.db")));
    }

    [Fact]
    public void PostgreSQL_without_a_connection_string_stops_start_up_naming_the_property()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?> { ["nsp.db.provider"] = "postgresql" });

        var error = Assert.Throws<MissingPropertyException>(() => factory.CreateClient());

        Assert.Contains("nsp.db.connectionstring", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_part_in_nsp_services_stops_start_up_listing_the_known_ones()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?> { ["nsp.services"] = "minlog,nonsense" });

        var error = Assert.Throws<InvalidPropertyException>(() => factory.CreateClient());

        Assert.Contains("nonsense", error.Message, StringComparison.Ordinal);
        Assert.Contains("idsas-registration", error.Message, StringComparison.Ordinal);
    }
}
