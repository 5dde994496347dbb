using System.Text;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Unit.Shared.Soap;

public sealed class StartTagPrescanTests
{
    public static TheoryData<string> Encodings => ["utf-8", "utf-16LE", "utf-16BE", "utf-16LE-bom", "utf-16BE-bom"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_start_tag_with_exactly_the_maximum_number_of_attributes_passes(string encoding) =>
        StartTagPrescan.Check(Bytes("<a x=\"1\" y='2' z=\"3\"><b/></a>", encoding), 3, 64);

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_start_tag_with_one_attribute_too_many_is_refused_naming_the_limit(string encoding)
    {
        var refused = Assert.Throws<SoapFaultException>(() => StartTagPrescan.Check(Bytes("<a><b w=\"0\" x=\"1\" y='2' z=\"3\"/></a>", encoding), 3, 64));

        Assert.Equal(SoapFaultCodes.SyntaxError, refused.Fault.FaultCode);
        Assert.Contains("more than 3 attributes", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_signs_and_angle_brackets_inside_attribute_values_do_not_count()
    {
        StartTagPrescan.Check(Bytes("<a x=\"a=b=c>d\" y='=>='/>", "utf-8"), 2, 64);
    }

    [Theory]
    [InlineData("<!-- <a x=\"1\" y=\"2\" z=\"3\"> -->")]
    [InlineData("<![CDATA[<a x=\"1\" y=\"2\" z=\"3\">]]>")]
    [InlineData("<?pi a=\"1\" b=\"2\" c=\"3\"?>")]
    [InlineData("text with = and > but no tags")]
    [InlineData("</a x=\"1\" y=\"2\" z=\"3\">")]
    public void Comments_cdata_processing_instructions_text_and_end_tags_are_not_start_tags(string part)
    {
        StartTagPrescan.Check(Bytes("<r>" + part + "</r>", "utf-8"), 2, 64);
    }

    [Fact]
    public void Attributes_of_different_elements_do_not_add_up()
    {
        StartTagPrescan.Check(Bytes("<a x=\"1\" y=\"2\"><b x=\"1\" y=\"2\"/><c x=\"1\" y=\"2\"/></a>", "utf-8"), 2, 64);
    }

    [Theory]
    [InlineData("<a x=\"1")]
    [InlineData("<a x=\"1\" y")]
    [InlineData("<!-- never closed")]
    [InlineData("<")]
    [InlineData("")]
    public void Truncated_input_is_left_to_the_reader(string text)
    {
        StartTagPrescan.Check(Bytes(text, "utf-8"), 1, 64);
    }

    [Fact]
    public void Twenty_thousand_namespace_declarations_on_one_element_are_refused()
    {
        var text = new StringBuilder("<soap:Envelope");
        for (int i = 0; i < 20_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $" xmlns:n{i}=\"urn:{i}\"");
        }

        Assert.Throws<SoapFaultException>(() => StartTagPrescan.Check(Bytes(text.Append("/>").ToString(), "utf-8"), 64, 64));
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Nesting_exactly_to_the_depth_limit_passes_and_one_level_more_is_refused(string encoding)
    {
        StartTagPrescan.Check(Bytes(Nested(3) + "<e/>", encoding), 64, 3);
        StartTagPrescan.Check(Bytes(Nested(3), encoding), 64, 3);

        var refused = Assert.Throws<SoapFaultException>(() => StartTagPrescan.Check(Bytes(Nested(4), encoding), 64, 3));

        Assert.Contains("deeper than 3 levels", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Siblings_and_empty_elements_do_not_deepen_the_nesting()
    {
        StartTagPrescan.Check(Bytes("<a><b></b><b></b><b x=\"/\"/><b/><b><c/></b></a>", "utf-8"), 64, 3);
    }

    [Fact]
    public void A_slash_inside_a_quoted_value_does_not_make_a_tag_empty()
    {
        Assert.Throws<SoapFaultException>(() => StartTagPrescan.Check(Bytes("<a x=\"/\"><b y='/'><c></c></b></a>", "utf-8"), 64, 2));
    }

    private static string Nested(int levels) =>
        string.Concat(Enumerable.Range(0, levels).Select(i => $"<e{i} a=\"1\">")) + string.Concat(Enumerable.Range(0, levels).Reverse().Select(i => $"</e{i}>"));

    private static byte[] Bytes(string text, string encoding) => encoding switch
    {
        "utf-16LE" => Encoding.Unicode.GetBytes(text),
        "utf-16BE" => Encoding.BigEndianUnicode.GetBytes(text),
        "utf-16LE-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16BE-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Encoding.UTF8.GetBytes(text),
    };
}
