using System.Net;
using Microsoft.Extensions.Configuration;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Odr.FirstStart;
using Nsp.Api.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.Shared.Hosting;

/// <summary>Issue 18: the embedded default announces itself (one start-up warning, a line on every status page
/// without changing its code), and <c>nsp.environment=production</c> refuses it, naming what to change.</summary>
public sealed class EmbeddedDefaultSafetyTests
{
    [Fact]
    public void A_first_start_warns_once_naming_each_part_of_the_embedded_default()
    {
        using var factory = new NspHostFactory(writeIdsasProperties: false);
        using var client = factory.CreateClient();

        var warnings = factory.Log.Lines.Where(l => l.StartsWith("Warning " + EmbeddedDefaultWarning.Category, StringComparison.Ordinal)).ToList();

        var warning = Assert.Single(warnings);
        Assert.Contains("nsp.sts.federation=local", warning, StringComparison.Ordinal);
        Assert.Contains("idsas-registration.properties: personinformation.mode=file", warning, StringComparison.Ordinal);
        Assert.Contains("idsas-lookup.properties: soresclient.mode=file", warning, StringComparison.Ordinal);
        Assert.Contains("operations.properties: digitalpost.mode=file", warning, StringComparison.Ordinal);
        Assert.Contains(IdsasFirstStart.PersonsFileName, warning, StringComparison.Ordinal);
        Assert.Contains(OdrFirstStart.LettersFileName, warning, StringComparison.Ordinal);
        Assert.Contains(IdsasFirstStart.MarkerFileName, warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/idsas-lookup/status")]
    [InlineData("/idsas-registration/status")]
    [InlineData("/idsas-salt/status")]
    [InlineData("/idsas-operations/status")]
    [InlineData("/odr/status")]
    public async Task Every_status_page_carries_the_line_and_keeps_its_code(string page)
    {
        using var factory = new NspHostFactory(writeIdsasProperties: false);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string line = Assert.Single(body.Split('\n'), l => l.StartsWith(EmbeddedDefaultInventory.StatusLinePrefix, StringComparison.Ordinal));
        Assert.Contains("nsp.sts.federation=local", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_production_start_refuses_the_local_federation_and_writes_no_sample_files()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?> { ["nsp.environment"] = "production" }, writeIdsasProperties: false);

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient()).GetBaseException();

        Assert.IsType<EmbeddedDefaultRefusedException>(refused);
        Assert.Contains("nsp.environment=production", refused.Message, StringComparison.Ordinal);
        Assert.Contains("nsp.sts.federation=local", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(factory.ConfigDirectory, IdsasFirstStart.PersonsFileName)));
        Assert.False(File.Exists(Path.Combine(factory.ConfigDirectory, "idsas-registration.properties")));
    }

    [Fact]
    public void A_production_start_refuses_a_property_naming_a_sample_file()
    {
        using var trust = new TrustedTestSts();
        using var factory = new NspHostFactory(trust.Settings(production: true));
        File.AppendAllText(
            Path.Combine(factory.ConfigDirectory, "idsas-registration.properties"),
            "\npersoninformation.mode=file\npersoninformation.file=/srv/nsp/" + IdsasFirstStart.PersonsFileName + "\n");

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient()).GetBaseException();

        Assert.IsType<EmbeddedDefaultRefusedException>(refused);
        Assert.Contains("idsas-registration.properties: personinformation.file", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("nsp.sts.federation", refused.Message.Split(". ")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_start_on_its_own_federation_runs_and_still_names_the_file_backed_services_it_chose()
    {
        using var trust = new TrustedTestSts();
        using var factory = new NspHostFactory(trust.Settings(production: true));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/idsas-salt/status", UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The test properties read SORES from an operator's file: a real choice, named, not refused.
        string line = Assert.Single(body.Split('\n'), l => l.StartsWith(EmbeddedDefaultInventory.StatusLinePrefix, StringComparison.Ordinal));
        Assert.Contains("SORES read from a file (idsas-lookup.properties: soresclient.mode=file)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("nsp.sts.federation", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(factory.Root, "data", IdsasFirstStart.MarkerFileName)));
    }

    [Theory]
    [InlineData("production", 2, "refused when nsp.environment=production")]
    [InlineData("development", 0, "")]
    public void Sample_request_is_refused_in_production(string environment, int exitCode, string message)
    {
        using var directory = new TemporaryDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["nsp.environment"] = environment,
            ["nsp.db.sqlite.directory"] = directory.Path,
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();

        int code = SampleRequestCommand.Run("GetCurrentSalt", configuration, output, error);

        Assert.Equal(exitCode, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(exitCode == 0, output.ToString().Contains("Envelope", StringComparison.Ordinal));
    }

    /// <summary>The test STS's certificate as an operator's trusted PEM file, for a start on another federation.</summary>
    private sealed class TrustedTestSts : IDisposable
    {
        private readonly TemporaryDirectory _directory = new();

        public TrustedTestSts()
        {
            Pem = Path.Combine(_directory.Path, "test-sts.pem");
            File.WriteAllText(Pem, TestSts.Trusted.ExportCertificatePem());
        }

        public string Pem { get; }

        public Dictionary<string, string?> Settings(bool production) => new()
        {
            ["nsp.sts.federation"] = "test",
            ["nsp.sts.test.certificates"] = Pem,
            ["nsp.environment"] = production ? "production" : "development",
            ["nsp.services"] = "idsas-registration,idsas-lookup,idsas-salt,idsas-operations",
        };

        public void Dispose() => _directory.Dispose();
    }

    private sealed class TemporaryDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("nsp-embedded-default-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
