using Microsoft.Extensions.Configuration;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Tests.Unit.Shared.Configuration;

public sealed class NspPropertyFilesConfigurationTests
{
    [Fact]
    public void Each_file_becomes_a_section_named_by_the_file_with_the_dots_kept_in_the_key()
    {
        using var directory = new TempDirectory();
        directory.Write("idsas-operations.properties", "idsas.cleanup.batch.size=500\n");

        IConfiguration configuration = new ConfigurationBuilder().AddNspPropertyFiles(directory.Path).Build();

        Assert.Equal("500", configuration["idsas-operations:idsas.cleanup.batch.size"]);
        Assert.Equal("500", configuration.GetSection("idsas-operations")["idsas.cleanup.batch.size"]);
        Assert.Null(configuration["idsas.cleanup.batch.size"]);
    }

    [Fact]
    public void Two_files_sharing_a_key_keep_separate_values()
    {
        using var directory = new TempDirectory();
        directory.Write("idsas-lookup.properties", "idsas.allowed.client.system.name=lookup-client\n");
        directory.Write("idsas-salt.properties", "idsas.allowed.client.system.name=salt-client\n");

        IConfiguration configuration = new ConfigurationBuilder().AddNspPropertyFiles(directory.Path).Build();

        Assert.Equal("lookup-client", configuration["idsas-lookup:idsas.allowed.client.system.name"]);
        Assert.Equal("salt-client", configuration["idsas-salt:idsas.allowed.client.system.name"]);
    }

    [Fact]
    public void Keys_of_nsp_properties_go_to_the_root()
    {
        using var directory = new TempDirectory();
        directory.Write("nsp.properties", "nsp.db.provider=postgresql\n");

        IConfiguration configuration = new ConfigurationBuilder().AddNspPropertyFiles(directory.Path).Build();

        Assert.Equal("postgresql", configuration["nsp.db.provider"]);
        Assert.Null(configuration["nsp:nsp.db.provider"]);
    }

    [Fact]
    public void A_missing_directory_gives_no_property_keys_and_no_error()
    {
        string missing = Path.Combine(Path.GetTempPath(), "nsp-missing-" + Guid.NewGuid().ToString("N"));

        IConfiguration configuration = new ConfigurationBuilder().AddNspPropertyFiles(missing).Build();

        Assert.Equal([NspConfigDirectory.ConfigurationKey], configuration.AsEnumerable().Select(pair => pair.Key));
        Assert.Equal(missing, configuration[NspConfigDirectory.ConfigurationKey]);
    }

    [Fact]
    public void Other_files_and_subdirectories_are_ignored()
    {
        using var directory = new TempDirectory();
        directory.Write("notes.txt", "a=1\n");
        directory.Write("dros.properties.bak", "a=2\n");
        Directory.CreateDirectory(Path.Combine(directory.Path, "old"));
        directory.Write(Path.Combine("old", "dros.properties"), "a=3\n");

        IConfiguration configuration = new ConfigurationBuilder().AddNspPropertyFiles(directory.Path).Build();

        Assert.Equal([NspConfigDirectory.ConfigurationKey], configuration.AsEnumerable().Select(pair => pair.Key));
    }

    [Fact]
    public void A_malformed_file_stops_loading_with_a_message_naming_the_file()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("dros.properties", "a=\\uZZZZ\n");

        var exception = Assert.Throws<FormatException>(() => new ConfigurationBuilder().AddNspPropertyFiles(directory.Path).Build());

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_files_override_appsettings_and_environment_overrides_property_files()
    {
        using var directory = new TempDirectory();
        directory.Write("nsp.properties", "nsp.db.provider=postgresql\nnsp.sts.federation=test\nnsp.services=odr\n");
        directory.Write("odr.properties", "send.limit=500\nbatch=7\n");

        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                // Stands in for appsettings.json.
                ["nsp.db.provider"] = "sqlite",
                ["nsp.sts.clock.skew"] = "PT1M",
                ["odr:send.limit"] = "1000",
                ["odr:only.in.appsettings"] = "x",
            })
            .AddNspPropertyFiles(directory.Path)
            // Stands in for the standard AddEnvironmentVariables() (odr__batch=9).
            .AddInMemoryCollection(new Dictionary<string, string?> { ["odr:batch"] = "9" })
            .Add(new NspEnvironmentVariablesConfigurationSource(new Dictionary<string, string> { ["NSP_STS_FEDERATION"] = "production" }))
            .Build();

        Assert.Equal("postgresql", configuration["nsp.db.provider"]);
        Assert.Equal("PT1M", configuration["nsp.sts.clock.skew"]);
        Assert.Equal("production", configuration["nsp.sts.federation"]);
        Assert.Equal("odr", configuration["nsp.services"]);
        Assert.Equal("500", configuration["odr:send.limit"]);
        Assert.Equal("x", configuration["odr:only.in.appsettings"]);
        Assert.Equal("9", configuration["odr:batch"]);
    }
}
