using System.Net;
using System.Xml;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Integration.Shared.Soap;

public sealed class WsdlServingTests : IAsyncLifetime
{
    private SoapTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SoapTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_wsdl_is_served_with_its_address_rewritten_to_the_url_called()
    {
        var contract = await WsdlContract.LoadAsync(_host.Client, new Uri(_host.Client.BaseAddress!, "/probe/soap11?wsdl"));

        Assert.Equal(["http://localhost/probe/soap11"], contract.Addresses);
        Assert.Empty(_host.Audit.Lines);
    }

    [Fact]
    public async Task The_wsdl_is_also_served_at_the_extra_path_the_service_names()
    {
        var contract = await WsdlContract.LoadAsync(_host.Client, new Uri(_host.Client.BaseAddress!, "/probe/wsdl/dgws"));

        Assert.Equal(["http://localhost/probe/soap11"], contract.Addresses);
    }

    [Fact]
    public async Task Schema_locations_point_at_the_served_xsds()
    {
        string wsdl = await _host.Client.GetStringAsync(new Uri("/probe/soap11?wsdl", UriKind.Relative));
        string xsd = await _host.Client.GetStringAsync(new Uri("/probe/soap11?xsd=probe.xsd", UriKind.Relative));

        Assert.Contains("schemaLocation=\"http://localhost/probe/soap11?xsd=probe.xsd\"", wsdl, StringComparison.Ordinal);
        Assert.Contains("schemaLocation=\"http://localhost/probe/soap11?xsd=probe-types.xsd\"", xsd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xsd_is_served_at_its_named_url_too()
    {
        using var response = await _host.Client.GetAsync(new Uri("/probe/wsdl/probe-types.xsd", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("urn:nsp:test:soap-probe:types", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_xsd_is_not_found()
    {
        using var response = await _host.Client.GetAsync(new Uri("/probe/soap11?xsd=secrets.xsd", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_test_request_and_the_real_response_validate_against_the_served_contract()
    {
        var contract = await WsdlContract.LoadAsync(_host.Client, new Uri(_host.Client.BaseAddress!, "/probe/soap11?wsdl"));
        var request = new XmlDocument();
        request.LoadXml(SoapRequests.ProbeBody());

        using var call = SoapRequests.Post("/probe/soap11", SoapRequests.Envelope(SoapVersion.Soap11, _host.Sts.ValidSystemCard()));
        using var response = await _host.Client.SendAsync(call);
        var answer = await SoapAnswer.ReadAsync(response);

        Assert.Empty(contract.Validate(request.DocumentElement!));
        Assert.Empty(contract.Validate(answer.BodyElement!));
    }

    [Fact]
    public async Task The_contract_rejects_a_request_that_breaks_it()
    {
        var contract = await WsdlContract.LoadAsync(_host.Client, new Uri(_host.Client.BaseAddress!, "/probe/soap11?wsdl"));
        var request = new XmlDocument();
        request.LoadXml(SoapRequests.ProbeBody(mode: "explode", patientId: "12"));

        Assert.Equal(2, contract.Validate(request.DocumentElement!).Count);
    }
}
