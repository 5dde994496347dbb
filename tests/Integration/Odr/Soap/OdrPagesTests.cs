using System.Net;
using System.Text;
using System.Xml.Linq;
using Nsp.Api.Odr;
using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Soap;
using Nsp.Tests.Integration.Shared.Soap;
using B = Nsp.Tests.Integration.Odr.Soap.OdrSoapBodies;
using Nsp.Tests.Integration.Shared.Status;

namespace Nsp.Tests.Integration.Odr.Soap;

/// <summary>ODR's pages (seed 001): alarm, dksconfig, the WSDL page and the three WSDLs plus the admin one.</summary>
public sealed class OdrPagesTests
{
    [Theory]
    [InlineData("/odr/status")]
    [InlineData("/odr/isAlive")]
    public async Task Status_and_isAlive_answer_the_seeds_latin1_page_with_the_build_and_the_display_time(string path)
    {
        using var host = new OdrSoapHost();

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        string contentType = response.Content.Headers.NonValidated["Content-Type"].ToString();
        string body = Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain;charset=ISO-8859-1", contentType);
        Assert.Matches(
            "^200  OK\n\nTitle: odr\nDeployed: [0-9T:.+-]+\nBuild-Date: .*\nBuild-Version: .*\nBuilder: .*\n"
            + "Display time: [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z\n$",
            StatusPageText.SeedPart(body));
    }

    [Theory]
    [InlineData("/odr/status")]
    [InlineData("/odr/isAlive")]
    public async Task Status_and_isAlive_answer_500_when_the_datasource_fails(string path)
    {
        using var host = new OdrSoapHost();
        await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        OdrSqliteFiles.Break(host.Factory.Root);

        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("500  Internal Server Error\n\nTitle: odr\n", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_alarm_page_is_empty_while_person_information_answers()
    {
        using var host = new OdrSoapHost();
        await host.CallAsync("/odr/odr", B.For(B.Has, OdrTestProperties.Living), host.HealthProfessional());

        using var response = await host.Client.GetAsync(new Uri("/odr/alarm", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_alarm_page_reports_person_information_beyond_its_tolerance()
    {
        using var host = new OdrSoapHost();
        // The file client reloads a changed file; a malformed one is a PersonInformation failure, counted in its window.
        await File.WriteAllTextAsync(Path.Combine(host.Factory.ConfigDirectory, OdrTestProperties.PersonsFileName), "not json");

        var answer = await host.CallAsync("/odr/odr", B.For(B.Has, OdrTestProperties.Living), host.HealthProfessional());
        using var response = await host.Client.GetAsync(new Uri("/odr/alarm", UriKind.Relative));

        Assert.Equal((SoapFaultCodes.ProcessingProblem, "soap:Server"), (answer.FaultCode, answer.FaultSide));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(OdrStatusChecks.PersonInformationFailing + "\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dksconfig_names_the_five_odr_actions_at_the_configured_endpoint()
    {
        using var host = new OdrSoapHost();

        var document = XDocument.Parse(await host.Client.GetStringAsync(new Uri("/odr/dksconfig", UriKind.Relative)));

        string text = document.ToString();
        Assert.Contains(OdrTestProperties.DccEndpoint + "/odr/odr", text, StringComparison.Ordinal);
        Assert.All(OdrSoapContract.Operations, o => Assert.Contains(OdrSoapContract.Action(o), text, StringComparison.Ordinal));
        Assert.DoesNotContain("#Admin", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_wsdl_page_links_the_dgws_and_idws_wsdls()
    {
        using var host = new OdrSoapHost();

        using var response = await host.Client.GetAsync(new Uri("/odr/wsdl", UriKind.Relative));
        string html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("href=\"/odr/wsdl/dgws\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/odr/wsdl/idws\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/odr/wsdl/idws/standard\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/odr/wsdl/dgws", "/odr/odr")]
    [InlineData("/odr/wsdl/idws", "/odr/odr")]
    [InlineData("/odr/wsdl/idws/standard", "/odr/odr")]
    [InlineData("/odr/odr?wsdl", "/odr/odr")]
    [InlineData("/odr/odrAdmin?wsdl", "/odr/odrAdmin")]
    public async Task Each_wsdl_compiles_with_its_schemas_addresses_its_endpoint_and_validates_a_client_request(string wsdlPath, string endpoint)
    {
        using var host = new OdrSoapHost();

        var contract = await WsdlContract.LoadAsync(host.Client, new Uri(host.Client.BaseAddress!, wsdlPath));

        Assert.All(contract.Addresses, a => Assert.EndsWith(endpoint, a, StringComparison.Ordinal));
        var body = new System.Xml.XmlDocument();
        body.LoadXml(Contract.OdrClientRequests.WithRegistration(B.Create, Contract.OdrClientRequests.Limited));
        Assert.Empty(contract.Validate(body.DocumentElement!));
    }
}
