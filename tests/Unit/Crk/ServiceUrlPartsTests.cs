using Nsp.Domain.Crk;

namespace Nsp.Tests.Unit.Crk;

public sealed class ServiceUrlPartsTests
{
    private static readonly Uri Endpoint = new("http://nsp.example:8080/odr/odr?x=1");

    [Theory]
    [InlineData("https://region.example:8443/base", "https://region.example:8443/base?x=1")]
    [InlineData("https://region.example", "https://region.example:8080/odr/odr?x=1")]
    [InlineData("//region.example", "http://region.example:8080/odr/odr?x=1")]
    [InlineData("region.example:9090", "http://region.example:9090/odr/odr?x=1")]
    [InlineData("//:9090", "http://nsp.example:9090/odr/odr?x=1")]
    [InlineData("/other/path", "http://nsp.example:8080/other/path?x=1")]
    [InlineData("region.example/p", "http://region.example:8080/p?x=1")]
    [InlineData("https://region.example:443", "https://region.example/odr/odr?x=1")]
    public void A_service_url_replaces_exactly_the_parts_it_holds(string serviceUrl, string expected)
    {
        Assert.True(ServiceUrlParts.TryParse(serviceUrl, out var parts));
        Assert.Equal(new Uri(expected), parts.ApplyTo(Endpoint));
    }

    [Fact]
    public void A_new_scheme_drops_a_port_that_was_the_old_schemes_default()
    {
        Assert.True(ServiceUrlParts.TryParse("https://region.example", out var parts));
        Assert.Equal(new Uri("https://region.example/odr"), parts.ApplyTo(new Uri("http://nsp.example/odr")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://")]
    [InlineData("http://a.example/x?y=1")]
    [InlineData("http://a.example/#f")]
    [InlineData("a b")]
    [InlineData("host:99999")]
    [InlineData("user@host")]
    [InlineData("1bad://host")]
    public void Anything_else_is_refused(string serviceUrl)
    {
        Assert.False(ServiceUrlParts.TryParse(serviceUrl, out _));
    }
}
