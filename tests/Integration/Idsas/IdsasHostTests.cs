using System.Net;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Shared.Soap;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Integration.Shared.Database;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Status;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>IDSAS as operations run it: the four parts' pages on PostgreSQL while the database goes away and
/// comes back, each part served alone, start-up refusals, /version, and the embedded default's first calls.</summary>
public sealed class IdsasHostTests(PostgresClassDatabase<IdsasHostTests> database) : IClassFixture<PostgresClassDatabase<IdsasHostTests>>
{
    private const string AllParts = "idsas-registration,idsas-lookup,idsas-salt,idsas-operations";
    private static readonly string[] PartStatusPages = ["/idsas-registration/status", "/idsas-lookup/status", "/idsas-salt/status", "/idsas-operations/status"];
    private static readonly string[] JobStatusPages =
        ["/idsas-operations/renew-salt/status", "/idsas-operations/cleanup-blurrings/status", "/idsas-operations/cleanup-blurrings-deceased/status", "/idsas-operations/kafka-consume/status"];

    [Fact]
    public async Task Every_page_reports_the_database_going_away_and_coming_back()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?>
        {
            ["nsp.services"] = AllParts,
            ["nsp.db.provider"] = "postgresql",
            ["nsp.db.connectionstring"] = database.Database.ConnectionString,
        });
        using var client = factory.CreateClient();
        await AssertPagesAsync(client, HttpStatusCode.OK, HttpStatusCode.OK, "Database: OK");

        await SetConnectionsAllowedAsync(database.Database.Name, false);
        try
        {
            await AssertPagesAsync(client, HttpStatusCode.ServiceUnavailable, HttpStatusCode.InternalServerError, "Database: Unavailable");
        }
        finally
        {
            await SetConnectionsAllowedAsync(database.Database.Name, true);
        }

        await AssertPagesAsync(client, HttpStatusCode.OK, HttpStatusCode.OK, "Database: OK");
    }

    [Theory]
    [InlineData("idsas-registration")]
    [InlineData("idsas-lookup")]
    [InlineData("idsas-salt")]
    [InlineData("idsas-operations")]
    public async Task Each_part_can_be_served_alone(string part)
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?> { ["nsp.services"] = part });
        using var client = factory.CreateClient();

        foreach (var page in PartStatusPages)
        {
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(page == $"/{part}/status" ? HttpStatusCode.OK : HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Operations_version_names_the_build()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?> { ["nsp.services"] = "idsas-operations" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/idsas-operations/version", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string version = typeof(IdsasFirstStart).Assembly.GetName().Version!.ToString();
        Assert.Contains(version[..version.LastIndexOf('.')], await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_without_the_patient_id_salt_does_not_start_and_names_the_property_and_its_file()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?> { ["nsp.services"] = "idsas-lookup" });
        // The file stays (the embedded default's first start would write a missing one), without its prefix.
        IdsasTestProperties.Write(factory.ConfigDirectory, "idsas-patient-id-salt", new() { ["idsas.patient.id.saltPostfix"] = "saltpostfix" });

        var error = Assert.Throws<MissingPropertyException>(() => factory.CreateClient());

        Assert.Contains("idsas.patient.id.saltPrefix", error.Message, StringComparison.Ordinal);
        Assert.Contains("idsas-patient-id-salt.properties", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embedded_default_answers_a_first_CreateBlurring_and_GetBlurredOrganisations_out_of_the_box()
    {
        using var factory = new NspHostFactory(writeIdsasProperties: false);
        using var client = factory.CreateClient();
        var options = NspHostOptions.From(factory.Services.GetRequiredService<IConfiguration>());

        var created = await SendAsync(client, "/idsas-registration/20230601/registration", IdsasSampleRequest.Envelope("CreateBlurring", options, TimeProvider.System)!);
        var found = await SendAsync(client, "/idsas-lookup/20240124/lookup", IdsasSampleRequest.Envelope("GetBlurredOrganisations", options, TimeProvider.System)!);

        Assert.Equal("OK", created.InnerText);
        var organisation = Assert.Single(found.ChildNodes.OfType<XmlElement>());
        Assert.Equal(LocalSampleSystem.Cvr, organisation["id", organisation.NamespaceURI]!.InnerText);
        Assert.True(File.Exists(Path.Combine(factory.ConfigDirectory, IdsasFirstStart.SoresFileName)));
    }

    private static async Task AssertPagesAsync(HttpClient client, HttpStatusCode partStatus, HttpStatusCode jobStatus, string databaseLine)
    {
        foreach (var page in PartStatusPages)
        {
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            string text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == partStatus, $"{page} answered {(int)response.StatusCode}: {text}");
            Assert.Contains(databaseLine, text, StringComparison.Ordinal);
        }

        foreach (var page in JobStatusPages)
        {
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(jobStatus, response.StatusCode);
            Assert.Equal(databaseLine, StatusPageText.SeedPart(await response.Content.ReadAsStringAsync()));
        }
    }

    /// <summary>Closes the database to new connections and ends the open ones (the host's pool among them), or opens it again.</summary>
    private static async Task SetConnectionsAllowedAsync(string name, bool allowed)
    {
        await using var connection = new NpgsqlConnection(PostgresServer.Instance.ConnectionString);
        await connection.OpenAsync();
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE {name} ALLOW_CONNECTIONS {(allowed ? "true" : "false")}", connection))
        {
            await alter.ExecuteNonQueryAsync();
        }

        if (!allowed)
        {
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name", connection);
            terminate.Parameters.AddWithValue("name", name);
            await terminate.ExecuteNonQueryAsync();
        }
    }

    private static async Task<XmlElement> SendAsync(HttpClient client, string path, string envelope)
    {
        using var content = new StringContent(envelope, Encoding.UTF8, "text/xml");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var document = new XmlDocument();
        document.LoadXml(text);
        return document.GetElementsByTagName("Body", SoapNamespaces.Soap11).OfType<XmlElement>().Single().ChildNodes.OfType<XmlElement>().Single();
    }
}
