using Microsoft.Extensions.Configuration;
using Nsp.Api.Shared.Soap;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Tests.Unit.Shared.Soap;

public sealed class SoapParsingLimitsTests
{
    [Fact]
    public void Without_properties_the_limits_are_the_documented_defaults()
    {
        var limits = SoapParsingLimits.From(new ConfigurationBuilder().Build());

        Assert.Equal(64, limits.MaxDepth);
        Assert.Equal(64, limits.MaxAttributesPerElement);
        Assert.Equal(64, limits.MaxNamespacesInScope);
        Assert.Equal(65_536, limits.MaxValueLength);
        Assert.Equal(1024, limits.MaxHeaderValueLength);
    }

    [Fact]
    public void Each_limit_is_read_from_its_own_key()
    {
        var limits = SoapParsingLimits.From(Configuration(
            ("nsp.soap.max.depth", "10"),
            ("nsp.soap.max.attributes", "11"),
            ("nsp.soap.max.namespaces", "12"),
            ("nsp.soap.max.value.length", "13"),
            ("nsp.soap.max.header.value.length", "14")));

        Assert.Equal(new SoapParsingLimits
        {
            MaxDepth = 10,
            MaxAttributesPerElement = 11,
            MaxNamespacesInScope = 12,
            MaxValueLength = 13,
            MaxHeaderValueLength = 14,
        }, limits);
    }

    [Theory]
    [InlineData("nsp.soap.max.depth", "0")]
    [InlineData("nsp.soap.max.attributes", "-1")]
    [InlineData("nsp.soap.max.namespaces", "many")]
    [InlineData("nsp.soap.max.value.length", "0")]
    [InlineData("nsp.soap.max.header.value.length", "0")]
    public void A_limit_below_one_stops_start_up_naming_the_key(string key, string value)
    {
        var refused = Assert.Throws<InvalidPropertyException>(() => SoapParsingLimits.From(Configuration((key, value))));

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parts_body_limit_comes_from_its_own_file_or_the_contracts_default()
    {
        var configuration = Configuration(("idsas-lookup:nsp.soap.max.request.bytes", "4096"));

        Assert.Equal(4096, SoapParsingLimits.MaxRequestBytes(new PropertySection(configuration, "idsas-lookup"), 262_144));
        Assert.Equal(262_144, SoapParsingLimits.MaxRequestBytes(new PropertySection(configuration, "idsas-salt"), 262_144));
    }

    [Fact]
    public void A_parts_body_limit_of_zero_stops_start_up_naming_the_key_and_file()
    {
        var configuration = Configuration(("idsas-salt:nsp.soap.max.request.bytes", "0"));

        var refused = Assert.Throws<InvalidPropertyException>(
            () => SoapParsingLimits.MaxRequestBytes(new PropertySection(configuration, "idsas-salt"), 262_144));

        Assert.Contains("nsp.soap.max.request.bytes", refused.Message, StringComparison.Ordinal);
        Assert.Contains("idsas-salt.properties", refused.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
