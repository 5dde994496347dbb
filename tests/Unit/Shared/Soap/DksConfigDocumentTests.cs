using System.Xml;
using System.Xml.Schema;
using Nsp.Api.Shared.Dcc;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Unit.Shared.Soap;

public sealed class DksConfigDocumentTests
{
    private static readonly DateTimeOffset ExternalTime = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_url_is_the_dcc_endpoint_plus_the_path_keeping_a_base_path()
    {
        var endpoint = DccEndpoint.At("https://nsp.example/nsp/", "/idsas-registration/20230601/registration", "IDSAS", ExternalTime);

        Assert.Equal("https://nsp.example/nsp/idsas-registration/20230601/registration", endpoint.Url.AbsoluteUri);
    }

    [Fact]
    public void Two_actions_with_one_name_are_refused()
    {
        var action = new DccAction("urn:a", TimeSpan.FromSeconds(1), true, TimeSpan.FromMinutes(5));

        Assert.Throws<ArgumentException>(() => DccEndpoint.At("https://nsp.example", "/x", "X", ExternalTime, action, action));
    }

    [Fact]
    public void A_rendered_document_is_valid_against_the_embedded_schema()
    {
        var document = Render(new DccAction("urn:a", TimeSpan.FromSeconds(30), true, TimeSpan.FromHours(24)));

        Assert.Empty(Validate(document));
    }

    [Fact]
    public void An_endpoint_without_actions_is_still_valid()
    {
        Assert.Empty(Validate(Render()));
    }

    [Fact]
    public void The_schema_rejects_an_unknown_model()
    {
        var document = Render(new DccAction("urn:a", TimeSpan.FromSeconds(30), true, TimeSpan.FromHours(24)));
        document.GetElementsByTagName("model", DksConfigDocument.Namespace)[0]!.InnerText = "asynchronous";

        Assert.NotEmpty(Validate(document));
    }

    [Fact]
    public void The_schema_is_embedded_in_the_api_assembly()
    {
        string schema = EmbeddedDocuments.Read(typeof(DksConfigDocument).Assembly, DksConfigDocument.SchemaName);

        Assert.Contains($"targetNamespace=\"{DksConfigDocument.Namespace}\"", schema, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_the_assembly_does_not_embed_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddedDocuments.Read(typeof(DksConfigDocument).Assembly, "missing.wsdl"));

        Assert.Contains("missing.wsdl", error.Message, StringComparison.Ordinal);
    }

    private static XmlDocument Render(params DccAction[] actions)
    {
        var document = new XmlDocument { XmlResolver = null };
        using var stream = new MemoryStream(DksConfigDocument.Render(DccEndpoint.At("https://nsp.example", "/odr/odr", "ODR", ExternalTime, actions)));
        document.Load(stream);
        return document;
    }

    private static List<string> Validate(XmlDocument document)
    {
        var schemas = new XmlSchemaSet();
        using (var reader = XmlReader.Create(new StringReader(DksConfigDocument.Schema)))
        {
            schemas.Add(DksConfigDocument.Namespace, reader);
        }

        var errors = new List<string>();
        document.Schemas = schemas;
        document.Validate((_, e) => errors.Add(e.Message));
        return errors;
    }
}
