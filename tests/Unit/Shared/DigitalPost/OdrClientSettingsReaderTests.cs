using Microsoft.Extensions.Configuration;
using Nsp.Infrastructure.Odr.Configuration;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.NationalServices.DigitalPost;
using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Unit.Shared.DigitalPost;

/// <summary>ODR's <c>personinformation.*</c> and <c>digitalpost.*</c> keys (two spelling styles, as the seed has them).</summary>
public sealed class OdrClientSettingsReaderTests
{
    private static IConfiguration Config(params (string Key, string Value)[] properties)
    {
        var data = new Dictionary<string, string?> { [NspConfigDirectory.ConfigurationKey] = "/etc/nsp" };
        foreach (var (key, value) in properties)
        {
            data[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(data).Build();
    }

    [Fact]
    public void Without_properties_the_seeds_defaults_apply_with_mode_http()
    {
        var person = OdrClientSettingsReader.PersonInformation(Config());
        var post = OdrClientSettingsReader.DigitalPost(Config());

        Assert.Equal(PersonInformationMode.Http, person.Mode);
        Assert.Equal("http://test1-cnsp.ekstern-test.nspop.dk:8080/stamdata-personinformation/2024/08/01", person.Url);
        Assert.Equal((200, 20, TimeSpan.FromSeconds(20), 0, TimeSpan.FromMinutes(10)),
            (person.MaxTotalConnections, person.MaxConnectionsPerRoute, person.ConnectTimeout, person.ErrorTolerance, person.ErrorCountDuration));
        Assert.Equal(DigitalPostMode.Http, post.Mode);
        Assert.Equal("http://test1-cnsp.ekstern-test.nspop.dk:8080/digitalpost/2024/05/29/send", post.Url);
        Assert.Equal((200, 20, TimeSpan.FromSeconds(20), 0, TimeSpan.FromMinutes(10)),
            (post.MaxTotalConnections, post.MaxConnectionsPerRoute, post.ConnectTimeout, post.ErrorTolerance, post.ErrorCountDuration));
    }

    [Fact]
    public void PersonInformation_reads_the_camel_case_keys()
    {
        var settings = OdrClientSettingsReader.PersonInformation(Config(
            ("operations:personinformation.url", "https://pi.example/2024/08/01"),
            ("operations:personinformation.maxTotalConnections", "50"),
            ("operations:personinformation.defaultMaxConnectionsPerRoute", "5"),
            ("operations:personinformation.defaultConnectionTimeoutMs", "1500"),
            ("operations:personinformation.error.tolerance", "3"),
            ("operations:personinformation.errorcount.duration", "PT1M"),
            // The other style is Digital Post's and must not leak into PersonInformation.
            ("operations:personinformation.max.total.connections", "999")));

        Assert.Equal("https://pi.example/2024/08/01", settings.Url);
        Assert.Equal((50, 5, TimeSpan.FromMilliseconds(1500), 3, TimeSpan.FromMinutes(1)),
            (settings.MaxTotalConnections, settings.MaxConnectionsPerRoute, settings.ConnectTimeout, settings.ErrorTolerance, settings.ErrorCountDuration));
    }

    [Fact]
    public void DigitalPost_reads_the_dotted_keys()
    {
        var settings = OdrClientSettingsReader.DigitalPost(Config(
            ("operations:digitalpost.service.url", "https://dp.example/digitalpost/2024/05/29/send"),
            ("operations:digitalpost.max.total.connections", "40"),
            ("operations:digitalpost.default.max.connections.per.route", "4"),
            ("operations:digitalpost.default.connection.timeout.ms", "2500"),
            ("operations:digitalpost.error.tolerance", "1"),
            ("operations:digitalpost.errorcount.duration", "PT30S"),
            ("operations:digitalpost.maxTotalConnections", "999")));

        Assert.Equal("https://dp.example/digitalpost/2024/05/29/send", settings.Url);
        Assert.Equal((40, 4, TimeSpan.FromMilliseconds(2500), 1, TimeSpan.FromSeconds(30)),
            (settings.MaxTotalConnections, settings.MaxConnectionsPerRoute, settings.ConnectTimeout, settings.ErrorTolerance, settings.ErrorCountDuration));
    }

    [Fact]
    public void An_older_installs_cleanup_properties_applies_where_operations_properties_is_silent()
    {
        var config = Config(
            ("cleanup:personinformation.url", "https://old.example/pi"),
            ("cleanup:personinformation.error.tolerance", "2"),
            ("operations:personinformation.error.tolerance", "4"),
            ("cleanup:digitalpost.errorcount.duration", "PT5M"));

        var person = OdrClientSettingsReader.PersonInformation(config);

        Assert.Equal("https://old.example/pi", person.Url);
        Assert.Equal(4, person.ErrorTolerance);
        Assert.Equal(TimeSpan.FromMinutes(5), OdrClientSettingsReader.DigitalPost(config).ErrorCountDuration);
    }

    [Fact]
    public void File_mode_needs_the_file_and_ignores_the_url()
    {
        var settings = OdrClientSettingsReader.DigitalPost(Config(("operations:digitalpost.mode", "FILE"), ("operations:digitalpost.file", "/var/letters.jsonl")));

        Assert.Equal(DigitalPostMode.File, settings.Mode);
        Assert.Equal("/var/letters.jsonl", settings.File);
        Assert.Null(settings.Url);

        var e = Assert.Throws<MissingPropertyException>(() => OdrClientSettingsReader.PersonInformation(Config(("operations:personinformation.mode", "file"))));
        Assert.Equal("personinformation.file", e.PropertyName);
        Assert.Contains("operations.properties (or cleanup.properties) when personinformation.mode=file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_set_but_blank_is_missing_not_the_test_environment()
    {
        var e = Assert.Throws<MissingPropertyException>(() => OdrClientSettingsReader.DigitalPost(Config(("operations:digitalpost.service.url", " "))));

        Assert.Equal("digitalpost.service.url", e.PropertyName);
    }

    [Theory]
    [InlineData("operations:digitalpost.service.url", "ftp://dp.example/send", "digitalpost.service.url", "operations.properties")]
    [InlineData("operations:digitalpost.mode", "smtp", "digitalpost.mode", "operations.properties")]
    [InlineData("operations:digitalpost.max.total.connections", "0", "digitalpost.max.total.connections", "operations.properties")]
    [InlineData("cleanup:digitalpost.default.max.connections.per.route", "many", "digitalpost.default.max.connections.per.route", "cleanup.properties")]
    [InlineData("cleanup:digitalpost.default.connection.timeout.ms", "0", "digitalpost.default.connection.timeout.ms", "cleanup.properties")]
    [InlineData("operations:digitalpost.error.tolerance", "-1", "digitalpost.error.tolerance", "operations.properties")]
    [InlineData("operations:digitalpost.errorcount.duration", "10m", "digitalpost.errorcount.duration", "operations.properties")]
    [InlineData("operations:digitalpost.errorcount.duration", "PT0S", "digitalpost.errorcount.duration", "operations.properties")]
    public void A_bad_digital_post_value_names_the_key_and_the_file_it_came_from(string setting, string value, string key, string file)
    {
        var e = Assert.Throws<InvalidPropertyException>(() => OdrClientSettingsReader.DigitalPost(Config((setting, value))));

        Assert.Equal(key, e.PropertyName);
        Assert.Equal(file, e.FileName);
        Assert.Contains($"'{key}' in {file}", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("operations:personinformation.url", "not a url", "personinformation.url")]
    [InlineData("operations:personinformation.maxTotalConnections", "-5", "personinformation.maxTotalConnections")]
    [InlineData("operations:personinformation.defaultConnectionTimeoutMs", "1.5", "personinformation.defaultConnectionTimeoutMs")]
    [InlineData("cleanup:personinformation.errorcount.duration", "P0D", "personinformation.errorcount.duration")]
    public void A_bad_person_information_value_names_the_key(string setting, string value, string key)
    {
        var e = Assert.Throws<InvalidPropertyException>(() => OdrClientSettingsReader.PersonInformation(Config((setting, value))));

        Assert.Equal(key, e.PropertyName);
    }
}
