using Microsoft.Extensions.Configuration;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Tests.Unit.Shared.Configuration;

public sealed class NspEnvironmentVariablesConfigurationTests
{
    [Theory]
    [InlineData("NSP_DB_PROVIDER", "nsp.db.provider")]
    [InlineData("NSP_DB_IDSAS_CONNECTIONSTRING", "nsp.db.idsas.connectionstring")]
    [InlineData("NSP_STS_CLOCK_SKEW", "nsp.sts.clock.skew")]
    [InlineData("nsp_services", "nsp.services")]
    [InlineData("NSP_CONFIG_DIR", "nsp.config.dir")]
    public void An_nsp_variable_maps_to_its_lowercase_dotted_root_key(string variable, string key)
    {
        Assert.Equal(key, NspEnvironmentVariablesConfigurationProvider.ToKey(variable));
    }

    [Theory]
    [InlineData("PATH")]
    [InlineData("NSP_")]
    [InlineData("NSPX_DB")]
    [InlineData("NSP__DB__PROVIDER")]
    [InlineData("DOTNET_NSP_DB")]
    public void Variables_that_are_not_ours_or_use_the_section_form_are_not_mapped(string variable)
    {
        Assert.Null(NspEnvironmentVariablesConfigurationProvider.ToKey(variable));
    }

    [Fact]
    public void A_root_key_names_its_environment_variable()
    {
        Assert.Equal("NSP_DB_CONNECTIONSTRING", NspEnvironmentVariablesConfigurationProvider.ToVariableName("nsp.db.connectionstring"));
    }

    [Fact]
    public void The_source_maps_only_nsp_variables()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .Add(new NspEnvironmentVariablesConfigurationSource(new Dictionary<string, string>
            {
                ["NSP_DB_PROVIDER"] = "postgresql",
                ["HOME"] = "/root",
                ["odr__send.limit"] = "5",
            }))
            .Build();

        Assert.Equal(
            [new KeyValuePair<string, string?>("nsp.db.provider", "postgresql")],
            configuration.AsEnumerable());
    }

    [Fact]
    public void AddNspEnvironmentVariables_reads_the_process_environment()
    {
        string suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        string variable = "NSP_TEST_" + suffix;
        Environment.SetEnvironmentVariable(variable, "from-env");
        try
        {
            IConfiguration configuration = new ConfigurationBuilder().AddNspEnvironmentVariables().Build();

            Assert.Equal("from-env", configuration["nsp.test." + suffix.ToLowerInvariant()]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
