using System.Xml;
using System.Xml.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Nsp.Api.Shared.Dcc;

namespace Nsp.Tests.Integration.Shared.Soap;

public sealed class DksConfigTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.MapDksConfig("/probe/dksconfig", DccEndpoint.At(
            "https://nsp.example/base/",
            "/probe/soap11",
            "PROBE_20261125",
            new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(1)),
            new DccAction(ProbeService.Action, TimeSpan.FromSeconds(30), UseProxy: true, TimeSpan.FromHours(24)),
            new DccAction("urn:nsp:test:soap-probe:2026#Other", TimeSpan.FromMilliseconds(1500), UseProxy: false, TimeSpan.FromMinutes(5), "probe-service")));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task The_dks_document_names_the_endpoint_url_time_and_every_action()
    {
        var document = await LoadAsync("/probe/dksconfig");
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("dks", DksConfigDocument.Namespace);

        Assert.Equal("PROBE_20261125", document.SelectSingleNode("/dks:endpoint/dks:name", ns)?.InnerText);
        Assert.Equal("https://nsp.example/base/probe/soap11", document.SelectSingleNode("/dks:endpoint/dks:url", ns)?.InnerText);
        Assert.Equal("2026-11-25T08:30:00Z", document.SelectSingleNode("/dks:endpoint/dks:externaltime", ns)?.InnerText);
        var actions = document.SelectNodes("/dks:endpoint/dks:action", ns)!;
        Assert.Equal(2, actions.Count);
        Assert.Equal(ProbeService.Action, actions[0]!.SelectSingleNode("dks:name", ns)?.InnerText);
        Assert.Equal("synchronous_timeout", actions[0]!.SelectSingleNode("dks:model", ns)?.InnerText);
        Assert.Equal("30000", actions[0]!.SelectSingleNode("dks:timeout", ns)?.InnerText);
        Assert.Equal("true", actions[0]!.SelectSingleNode("dks:useProxy", ns)?.InnerText);
        Assert.Equal("1440", actions[0]!.SelectSingleNode("dks:idcardmaxage", ns)?.InnerText);
        Assert.Equal("probe-service", ((XmlElement)actions[1]!).GetAttribute("serviceIdentifier"));
    }

    [Fact]
    public async Task The_dks_document_is_valid_against_the_served_xsd()
    {
        var schemas = new XmlSchemaSet();
        using (var schemaReader = XmlReader.Create(new StringReader(await _client.GetStringAsync(new Uri("/probe/dksconfig?xsd", UriKind.Relative)))))
        {
            schemas.Add(DksConfigDocument.Namespace, schemaReader);
        }

        var document = await LoadAsync("/probe/dksconfig");
        var errors = new List<string>();
        document.Schemas = schemas;
        document.Validate((_, e) => errors.Add(e.Message));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_xsd_refuses_a_document_without_a_url()
    {
        var schemas = new XmlSchemaSet();
        using (var schemaReader = XmlReader.Create(new StringReader(DksConfigDocument.Schema)))
        {
            schemas.Add(DksConfigDocument.Namespace, schemaReader);
        }

        var document = await LoadAsync("/probe/dksconfig");
        var url = document.GetElementsByTagName("url", DksConfigDocument.Namespace)[0]!;
        url.ParentNode!.RemoveChild(url);
        var errors = new List<string>();
        document.Schemas = schemas;
        document.Validate((_, e) => errors.Add(e.Message));

        Assert.NotEmpty(errors);
    }

    private async Task<XmlDocument> LoadAsync(string path)
    {
        var document = new XmlDocument { XmlResolver = null };
        document.LoadXml(await _client.GetStringAsync(new Uri(path, UriKind.Relative)));
        return document;
    }
}
