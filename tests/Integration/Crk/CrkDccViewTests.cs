using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Nsp.Api.Shared.Dcc;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Crk;

/// <summary><c>GET /crk/dcc?node=</c>: the <c>dccconfig</c> view as DKS XML, with the node's override rows applied.</summary>
public sealed class CrkDccViewTests(PostgresClassDatabase<CrkDccViewTests> database) : IClassFixture<PostgresClassDatabase<CrkDccViewTests>>
{
    private static readonly XNamespace Dks = DksDocuments.Namespace;

    [Fact]
    public async Task Each_node_sees_the_active_actions_with_its_own_override_or_the_general_one()
    {
        await using var host = await CrkHost.StartAsync(database.Database, new() { ["odr"] = "http:odr", ["salt"] = "http:salt" });
        host.Source.Set("odr", DksDocuments.Endpoint("ODR", "http://nsp.example:8080/odr/odr", "2026-12-01T10:00:00Z",
            new DksTestAction("urn:create", 30000, true, 1440), new DksTestAction("urn:get", 20000, false, null), new DksTestAction("urn:off")));
        host.Source.Set("salt", DksDocuments.Endpoint("SALT", "https://salt.example/salt", "2026-12-01T10:00:00Z", new DksTestAction("urn:salt", 1000, true, 60)));
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/crk/reload")).Code);
        var actions = await host.ActionsAsync((await host.VersionsAsync("odr")).Single().Id);
        Assert.Equal(HttpStatusCode.OK, (await host.SendJsonAsync(HttpMethod.Put, $"/crk/admin/actions/{actions.Single(a => a.Name == "urn:off").Id}/active", """{"active":false}""")).Code);
        Assert.Equal(HttpStatusCode.OK, (await host.SendJsonAsync(HttpMethod.Put, $"/crk/admin/actions/{actions.Single(a => a.Name == "urn:get").Id}/proxyoverride", """{"proxyOverride":true}""")).Code);
        Assert.Equal(HttpStatusCode.Created, (await host.SendJsonAsync(HttpMethod.Post, "/crk/admin/overrides", """{"name":"ODR","timeout":5000}""")).Code);
        Assert.Equal(HttpStatusCode.Created, (await host.SendJsonAsync(HttpMethod.Post, "/crk/admin/overrides",
            """{"name":"ODR","node":"region-h","serviceUrl":"https://odr.region-h.example","useProxy":false,"idCardMaxAge":30,"doNotVerifySslHostname":true,"wsaHeadersProcessing":"strip"}""")).Code);

        var plain = await DccAsync(host, null);
        var regionH = await DccAsync(host, "region-h");
        var other = await DccAsync(host, "region-s");

        // No node, or a node without a row of its own: the general row (timeout only).
        foreach (var view in new[] { plain, other })
        {
            var odr = Endpoint(view, "ODR");
            Assert.Equal("http://nsp.example:8080/odr/odr", Value(odr, "url"));
            Assert.Null(odr.Element(Dks + "donotverifysslhostname"));
            Assert.Equal(["urn:create", "urn:get"], odr.Elements(Dks + "action").Select(a => Value(a, "name")));
            Assert.Equal([("5000", "true", "1440"), ("5000", "true", (string?)null)], odr.Elements(Dks + "action").Select(ActionValues));
        }

        // The node's own row: the scheme and host it holds replace the URL's; the port and path it lacks stay.
        var odrH = Endpoint(regionH, "ODR");
        Assert.Equal("https://odr.region-h.example:8080/odr/odr", Value(odrH, "url"));
        Assert.Equal("true", Value(odrH, "donotverifysslhostname"));
        Assert.Equal("strip", Value(odrH, "wsaheadersprocessing"));
        Assert.Equal([("30000", "false", "30"), ("20000", "false", "30")], odrH.Elements(Dks + "action").Select(ActionValues));

        // Endpoints without rows are untouched everywhere.
        foreach (var view in new[] { plain, regionH, other })
        {
            var salt = Endpoint(view, "SALT");
            Assert.Equal("https://salt.example/salt", Value(salt, "url"));
            Assert.Equal([("1000", "true", "60")], salt.Elements(Dks + "action").Select(ActionValues));
        }
    }

    [Fact]
    public async Task An_empty_database_answers_an_empty_valid_document()
    {
        await using var host = await CrkHost.StartAsync(database.Database, new() { ["odr"] = "http:odr" });

        var view = await DccAsync(host, "any");

        Assert.Empty(view.Root!.Elements());
    }

    private static async Task<XDocument> DccAsync(CrkHost host, string? node)
    {
        var (code, body) = await host.GetAsync("/crk/dcc" + (node is null ? string.Empty : "?node=" + node));
        Assert.True(code == HttpStatusCode.OK, body);
        var schemas = new XmlSchemaSet();
        schemas.Add(null, XmlReader.Create(new StringReader(DksConfigDocument.Schema)));
        var document = XDocument.Parse(body);
        document.Validate(schemas, (_, e) => Assert.Fail("The DCC document does not match dksconfig.xsd: " + e.Message));
        Assert.Equal(Dks + "endpoints", document.Root!.Name);
        return document;
    }

    private static XElement Endpoint(XDocument view, string name) =>
        view.Root!.Elements(Dks + "endpoint").Single(e => Value(e, "name") == name);

    private static string? Value(XElement parent, string name) => parent.Element(Dks + name)?.Value;

    private static (string?, string?, string?) ActionValues(XElement action) =>
        (Value(action, "timeout"), Value(action, "useProxy"), Value(action, "idcardmaxage"));
}
