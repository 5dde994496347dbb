using System.Text;
using System.Xml.Linq;
using Nsp.Application.Shared.NationalServices.DigitalPost;
using Nsp.Domain.Shared.Persons;
using Nsp.Infrastructure.Shared.NationalServices.DigitalPost;

namespace Nsp.Tests.Unit.Shared.DigitalPost;

public sealed class DigitalPostSoapTests
{
    private static readonly XNamespace Dp = "http://nspop.dk/digitalpost/2024/05/29/";
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly Guid Id = Guid.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

    private static DigitalPostLetter Letter(string? physical = "ODR/20250911/physical/18aarHarTagetStilling") => new(
        Id,
        Cpr.Parse("0101701234"),
        "ODR/20250911/digital/18aarHarTagetStilling",
        physical,
        [new("name", "Æble & <Co>"), new("name", "second")],
        [new("year", "2025")]);

    private static XElement Request(DigitalPostLetter letter)
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(DigitalPostSoap.WriteRequest(letter)));
        return document.Root!.Element(Soap + "Body")!.Element(Dp + "SendDigitalPost")!;
    }

    private static MemoryStream Answer(string body) =>
        new(Encoding.UTF8.GetBytes($"<soap:Envelope xmlns:soap=\"{Soap}\"><soap:Body>{body}</soap:Body></soap:Envelope>"));

    private static string Response(string id, string status) =>
        $"<dp:SendDigitalPostResponse xmlns:dp=\"{Dp}\"><dp:message-id>{id}</dp:message-id><dp:status>{status}</dp:status></dp:SendDigitalPostResponse>";

    [Fact]
    public void The_request_carries_the_contracts_fields_in_order_in_the_2024_05_29_namespace()
    {
        var request = Request(Letter());

        Assert.Equal(
            ["message-id", "recipient-id", "recipient-id-source", "template-digital", "template-physical", "recipient-details", "template-details"],
            request.Elements().Select(e => e.Name.LocalName));
        Assert.All(request.DescendantsAndSelf(), e => Assert.Equal(Dp, e.Name.Namespace));
        Assert.Equal("3f2504e0-4f89-41d3-9a0c-0305e82c3301", request.Element(Dp + "message-id")!.Value);
        Assert.Equal("0101701234", request.Element(Dp + "recipient-id")!.Value);
        Assert.Equal("1.2.208.176.1.2", request.Element(Dp + "recipient-id-source")!.Value);
        Assert.Equal("ODR/20250911/digital/18aarHarTagetStilling", request.Element(Dp + "template-digital")!.Value);
        Assert.Equal("ODR/20250911/physical/18aarHarTagetStilling", request.Element(Dp + "template-physical")!.Value);
    }

    [Fact]
    public void Details_keep_their_order_repeats_and_escaped_text()
    {
        var request = Request(Letter());

        var details = request.Element(Dp + "recipient-details")!.Elements(Dp + "detail")
            .Select(d => (d.Element(Dp + "key")!.Value, d.Element(Dp + "value")!.Value)).ToList();
        Assert.Equal([("name", "Æble & <Co>"), ("name", "second")], details);
        Assert.Single(request.Element(Dp + "template-details")!.Elements(Dp + "detail"));
    }

    [Fact]
    public void Without_a_physical_template_the_element_is_left_out_and_empty_detail_lists_stay()
    {
        var request = Request(new DigitalPostLetter(Id, Cpr.Parse("0101701234"), "T"));

        Assert.Null(request.Element(Dp + "template-physical"));
        Assert.Empty(request.Element(Dp + "recipient-details")!.Elements());
        Assert.Empty(request.Element(Dp + "template-details")!.Elements());
    }

    [Fact]
    public void A_field_xml_cannot_carry_is_refused_before_sending()
    {
        var letter = new DigitalPostLetter(Id, Cpr.Parse("0101701234"), "T", templateDetails: [new("k", "bad\u0001")]);

        Assert.ThrowsAny<ArgumentException>(() => DigitalPostSoap.WriteRequest(letter));
    }

    [Fact]
    public void A_response_that_acknowledges_the_message_id_is_the_receipt()
    {
        var receipt = DigitalPostSoap.ReadResponse(Answer(Response(Id.ToString(), " OK ")), Id);

        Assert.Equal(new DigitalPostReceipt(Id, "OK"), receipt);
        Assert.Equal("message-id=3f2504e0-4f89-41d3-9a0c-0305e82c3301; status=OK", receipt.AuditValue);
    }

    [Theory]
    [InlineData("<soap:Fault><faultcode>soap:Client</faultcode><faultstring>0101701234 unknown</faultstring></soap:Fault>", "SOAP fault (faultcode soap:Client)")]
    [InlineData("<soap:Fault><faultcode>0101701234</faultcode></soap:Fault>", "no readable faultcode")]
    [InlineData("<other xmlns=\"urn:x\"/>", "not a SendDigitalPostResponse")]
    [InlineData("", "empty or no soap:Body")]
    public void Faults_and_other_bodies_are_malformed(string body, string expected)
    {
        var e = Assert.Throws<FormatException>(() => DigitalPostSoap.ReadResponse(Answer(body), Id));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0101701234", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", "OK", "another message-id")]
    [InlineData("not-a-uuid", "OK", "not a UUID")]
    [InlineData("3f2504e0-4f89-41d3-9a0c-0305e82c3301", "", "no status")]
    public void A_response_with_a_wrong_or_missing_field_is_malformed(string id, string status, string expected)
    {
        var e = Assert.Throws<FormatException>(() => DigitalPostSoap.ReadResponse(Answer(Response(id, status)), Id));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlong_status_is_malformed()
    {
        var e = Assert.Throws<FormatException>(() => DigitalPostSoap.ReadResponse(Answer(Response(Id.ToString(), new string('x', 201))), Id));

        Assert.Contains("longer than 200", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html>not xml")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>")]
    [InlineData("<Envelope><Body/></Envelope>")]
    public void Garbage_a_dtd_or_a_foreign_envelope_is_malformed(string text)
    {
        Assert.Throws<FormatException>(() => DigitalPostSoap.ReadResponse(new MemoryStream(Encoding.UTF8.GetBytes(text)), Id));
    }
}
