using System.Net;
using Microsoft.Extensions.Configuration;
using Nsp.Api.Shared.Operations;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Tests.Unit.Shared.Operations;

public sealed class OperationsClientAllowListTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.1.2")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void The_default_allows_loopback(string address) =>
        Assert.True(From(null).Allows(IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("192.168.1.10")]
    [InlineData("::2")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("0.0.0.0")]
    public void The_default_refuses_everything_else(string address) =>
        Assert.False(From(null).Allows(IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.20.0.0/16", "10.20.0.0", true)]
    [InlineData("10.20.0.0/16", "10.20.255.255", true)]
    [InlineData("10.20.0.0/16", "10.21.0.0", false)]
    [InlineData("10.20.0.0/16", "10.19.255.255", false)]
    [InlineData("192.0.2.7", "192.0.2.7", true)]
    [InlineData("192.0.2.7", "192.0.2.8", false)]
    [InlineData("2001:db8::/32", "2001:db8:ffff::1", true)]
    [InlineData("2001:db8::/32", "2001:db9::1", false)]
    [InlineData("10.1.2.3/8", "10.200.0.1", true)]
    [InlineData("0.0.0.0/0", "198.51.100.1", true)]
    [InlineData("0.0.0.0/0", "2001:db8::1", false)]
    public void A_range_allows_exactly_its_addresses(string entry, string address, bool allowed) =>
        Assert.Equal(allowed, From(entry).Allows(IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.20.0.0/16", "::ffff:10.20.3.4", true)]
    [InlineData("10.20.0.0/16", "::ffff:10.21.3.4", false)]
    [InlineData("::ffff:10.20.0.0/112", "10.20.3.4", true)]
    [InlineData("::ffff:10.20.0.0/112", "::ffff:10.20.3.4", true)]
    [InlineData("::ffff:10.20.0.0/112", "10.21.3.4", false)]
    public void Ipv4_mapped_addresses_are_compared_as_ipv4_on_either_side(string entry, string address, bool allowed) =>
        Assert.Equal(allowed, From(entry).Allows(IPAddress.Parse(address)));

    [Fact]
    public void A_blank_value_allows_no_network_caller() =>
        Assert.False(From(" ").Allows(IPAddress.Loopback));

    [Theory]
    [InlineData("localhost")]
    [InlineData("10")]
    [InlineData("127.1")]
    [InlineData("10.0.0.0/33")]
    [InlineData("::1/129")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0.0.0/")]
    [InlineData("10.0.0.0/8/8")]
    [InlineData("fe80::1%eth0")]
    [InlineData("300.0.0.1")]
    public void A_malformed_entry_is_refused_naming_the_property_its_file_and_the_entry(string entry)
    {
        var error = Assert.Throws<InvalidPropertyException>(() => From("127.0.0.1/8," + entry));

        Assert.Equal(OperationsClientAllowList.PropertyKey, error.PropertyName);
        Assert.Equal("nsp.properties", error.FileName);
        Assert.Contains($"'{entry}' is neither", error.Message, StringComparison.Ordinal);
    }

    private static OperationsClientAllowList From(string? value)
    {
        var settings = new Dictionary<string, string?>();
        if (value is not null)
        {
            settings[OperationsClientAllowList.PropertyKey] = value;
        }

        return OperationsClientAllowList.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }
}
