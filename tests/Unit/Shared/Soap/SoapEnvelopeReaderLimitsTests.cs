using System.Text;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Unit.Shared.Soap;

public sealed class SoapEnvelopeReaderLimitsTests
{
    private const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string Medcom = "http://www.medcom.dk/dgws/2006/04/dgws-1.0.xsd";
    private const string Wsa = "http://www.w3.org/2005/08/addressing";
    private const string Wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private const string Body = "<p:Ping xmlns:p=\"urn:test\"><p:value>1</p:value></p:Ping>";

    private static readonly SoapParsingLimits Small = new()
    {
        MaxDepth = 8,
        MaxAttributesPerElement = 4,
        MaxNamespacesInScope = 5,
        MaxValueLength = 100,
        MaxHeaderValueLength = 20,
    };

    [Fact]
    public void An_envelope_within_every_limit_is_read_with_its_header_values()
    {
        var message = Parse(Envelope(Linking("flow", "message") + $"<wsa:Action xmlns:wsa=\"{Wsa}\"> urn:a#Ping </wsa:Action>"), Small);

        Assert.Equal("Ping", message.Operation.LocalName);
        Assert.Equal("flow", message.FlowId);
        Assert.Equal("message", message.MessageId);
        Assert.Equal("urn:a#Ping", message.WsaAction);
    }

    [Fact]
    public void Elements_nested_exactly_to_the_depth_limit_are_accepted()
    {
        // Envelope(1)/Body(2)/Ping(3) + 5 levels = 8.
        var message = Parse(Envelope(string.Empty, Nested("n", 5)), Small);

        Assert.Equal("Ping", message.Operation.LocalName);
    }

    [Fact]
    public void One_level_deeper_than_the_limit_is_a_syntax_fault_naming_the_limit()
    {
        var fault = Refused(Envelope(string.Empty, Nested("n", 6)), Small);

        Assert.Contains("deeper than 8 levels", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("action")]
    [InlineData("flow")]
    [InlineData("card")]
    public void Deep_nesting_inside_any_header_is_refused_while_reading_without_overflowing_the_stack(string where)
    {
        // 100 000 levels would overflow the stack of any recursive walk (InnerText, OuterXml, canonicalization).
        string deep = string.Concat(Enumerable.Repeat("<x>", 100_000)) + string.Concat(Enumerable.Repeat("</x>", 100_000));
        string header = where switch
        {
            "action" => $"<wsa:Action xmlns:wsa=\"{Wsa}\">{deep}</wsa:Action>",
            "flow" => $"<medcom:Header xmlns:medcom=\"{Medcom}\"><medcom:Linking><medcom:FlowID>{deep}</medcom:FlowID></medcom:Linking></medcom:Header>",
            _ => $"<wsse:Security xmlns:wsse=\"{Wsse}\"><saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\">{deep}</saml:Assertion></wsse:Security>",
        };

        var fault = Refused(Envelope(header), SoapParsingLimits.Default);

        Assert.Contains("deeper than 64 levels", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_attributes_on_one_element_than_allowed_are_refused()
    {
        var fault = Refused(Envelope(string.Empty, "<q a=\"1\" b=\"2\" c=\"3\" d=\"4\" e=\"5\"/>"), Small);

        Assert.Contains("more than 4 attributes", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Namespace_declarations_in_scope_count_the_ancestors_declarations_too()
    {
        // Envelope declares soap (1), Ping p (2), then two nested elements with two declarations each: 6 > 5.
        string inner = "<a xmlns:a1=\"urn:1\" xmlns:a2=\"urn:2\"><b xmlns:b1=\"urn:3\" xmlns:b2=\"urn:4\"/></a>";

        var fault = Refused(Envelope(string.Empty, inner), Small);

        Assert.Contains("more than 5 namespace declarations", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sibling_declarations_do_not_add_up()
    {
        string siblings = "<a xmlns:a1=\"urn:1\" xmlns:a2=\"urn:2\"/><b xmlns:b1=\"urn:3\" xmlns:b2=\"urn:4\"/><c xmlns:c1=\"urn:5\"/>";

        var message = Parse(Envelope(string.Empty, siblings), Small);

        Assert.Equal("Ping", message.Operation.LocalName);
    }

    [Fact]
    public void Thousands_of_namespace_declarations_on_the_envelope_are_refused_by_the_default_limits()
    {
        var declarations = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            declarations.Append(System.Globalization.CultureInfo.InvariantCulture, $" xmlns:n{i}=\"urn:n:{i}\"");
        }

        string envelope = $"<soap:Envelope xmlns:soap=\"{Soap11}\"{declarations}><soap:Body>{Body}</soap:Body></soap:Envelope>";

        var fault = Refused(envelope, SoapParsingLimits.Default);

        Assert.Contains("attributes", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_value_longer_than_the_limit_is_refused()
    {
        var fault = Refused(Envelope(string.Empty, "<t>" + new string('a', 101) + "</t>"), Small);

        Assert.Contains("longer than 100 characters", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_value_longer_than_the_limit_is_refused()
    {
        var fault = Refused(Envelope(string.Empty, "<t v=\"" + new string('a', 101) + "\"/>"), Small);

        Assert.Contains("longer than 100 characters", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("flow")]
    [InlineData("message")]
    [InlineData("action")]
    public void A_header_value_longer_than_the_header_limit_is_refused_by_name(string which)
    {
        string tooLong = new('f', 21);
        string header = which switch
        {
            "flow" => Linking(tooLong, "m"),
            "message" => Linking("f", tooLong),
            _ => $"<wsa:Action xmlns:wsa=\"{Wsa}\">{tooLong}</wsa:Action>",
        };

        var fault = Refused(Envelope(header), Small);

        Assert.Contains("longer than 20 characters", fault.Message, StringComparison.Ordinal);
        Assert.Contains(which switch { "flow" => "medcom:FlowID", "message" => "medcom:MessageID", _ => "wsa:Action" }, fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_value_holding_elements_is_refused()
    {
        var fault = Refused(Envelope($"<wsa:To xmlns:wsa=\"{Wsa}\">a<b/>c</wsa:To>"), Small);

        Assert.Contains("wsa:To must be text", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<medcom:Header xmlns:medcom=\"" + Medcom + "\"/><medcom:Header xmlns:medcom=\"" + Medcom + "\"/>", "medcom:Header")]
    [InlineData("<wsse:Security xmlns:wsse=\"" + Wsse + "\"/><wsse:Security xmlns:wsse=\"" + Wsse + "\"/>", "wsse:Security")]
    [InlineData("<wsa:Action xmlns:wsa=\"" + Wsa + "\">a</wsa:Action><wsa:Action xmlns:wsa=\"" + Wsa + "\">b</wsa:Action>", "wsa:Action")]
    [InlineData("<wsa:MessageID xmlns:wsa=\"" + Wsa + "\">a</wsa:MessageID><wsa:MessageID xmlns:wsa=\"" + Wsa + "\">b</wsa:MessageID>", "wsa:MessageID")]
    [InlineData("<wsa:To xmlns:wsa=\"" + Wsa + "\">a</wsa:To><wsa:To xmlns:wsa=\"" + Wsa + "\">b</wsa:To>", "wsa:To")]
    [InlineData("<medcom:Header xmlns:medcom=\"" + Medcom + "\"><medcom:Linking/><medcom:Linking/></medcom:Header>", "medcom:Linking")]
    [InlineData("<medcom:Header xmlns:medcom=\"" + Medcom + "\"><medcom:Linking><medcom:FlowID>a</medcom:FlowID><medcom:FlowID>b</medcom:FlowID></medcom:Linking></medcom:Header>", "medcom:FlowID")]
    [InlineData("<wsse:Security xmlns:wsse=\"" + Wsse + "\"><saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\"/><saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\"/></wsse:Security>", "saml:Assertion")]
    public void A_header_we_read_may_occur_only_once(string headers, string named)
    {
        var fault = Refused(Envelope(headers), SoapParsingLimits.Default);

        Assert.Equal(SoapFaultCodes.SyntaxError, fault.Fault.FaultCode);
        Assert.Contains("more than one " + named, fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dtd_is_still_refused_as_malformed_xml()
    {
        string envelope = "<!DOCTYPE x [<!ENTITY e \"boom\">]>" + Envelope(string.Empty);

        Assert.ThrowsAny<System.Xml.XmlException>(() => Parse(envelope, SoapParsingLimits.Default));
    }

    private static string Linking(string flow, string message) =>
        $"<medcom:Header xmlns:medcom=\"{Medcom}\"><medcom:Linking><medcom:FlowID>{flow}</medcom:FlowID><medcom:MessageID>{message}</medcom:MessageID></medcom:Linking></medcom:Header>";

    private static string Nested(string name, int levels) =>
        string.Concat(Enumerable.Repeat($"<{name}>", levels)) + string.Concat(Enumerable.Repeat($"</{name}>", levels));

    private static string Envelope(string header, string? inPing = null) =>
        $"<soap:Envelope xmlns:soap=\"{Soap11}\"><soap:Header>{header}</soap:Header><soap:Body>"
        + (inPing is null ? Body : $"<p:Ping xmlns:p=\"urn:test\">{inPing}</p:Ping>")
        + "</soap:Body></soap:Envelope>";

    private static SoapRequestMessage Parse(string envelope, SoapParsingLimits limits)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(envelope);
        return SoapEnvelopeReader.Parse(bytes, bytes.Length, SoapVersion.Soap11, limits);
    }

    private static SoapFaultException Refused(string envelope, SoapParsingLimits limits) =>
        Assert.Throws<SoapFaultException>(() => Parse(envelope, limits));
}
