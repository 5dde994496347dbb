using System.Text;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Tests.Unit.Shared.Configuration;

public sealed class JavaPropertiesFileTests
{
    [Fact]
    public void Comment_lines_starting_with_hash_or_bang_are_ignored_also_when_indented()
    {
        var properties = JavaPropertiesFile.Parse("# a comment\n! another\n   # indented\n\t! tabbed\na=1\n\n   \n");

        Assert.Equal(new Dictionary<string, string> { ["a"] = "1" }, properties);
    }

    [Theory]
    [InlineData("key=value")]
    [InlineData("key:value")]
    [InlineData("key value")]
    [InlineData("key = value")]
    [InlineData("key : value")]
    [InlineData("key\tvalue")]
    [InlineData("   key=value")]
    [InlineData("key\f=\fvalue")]
    public void Equals_colon_or_whitespace_separate_key_and_value(string line)
    {
        Assert.Equal("value", JavaPropertiesFile.Parse(line)["key"]);
    }

    [Fact]
    public void Only_the_first_separator_counts_so_later_ones_belong_to_the_value()
    {
        var properties = JavaPropertiesFile.Parse("url=http://host:8080/a=b\nkey:=value\nkey2 = = x");

        Assert.Equal("http://host:8080/a=b", properties["url"]);
        Assert.Equal("=value", properties["key"]);
        Assert.Equal("= x", properties["key2"]);
    }

    [Fact]
    public void A_blank_value_is_an_empty_string_and_a_lone_key_too()
    {
        var properties = JavaPropertiesFile.Parse("handled.type.codes=\nflag\nspaced =   ");

        Assert.Equal(string.Empty, properties["handled.type.codes"]);
        Assert.Equal(string.Empty, properties["flag"]);
        Assert.Equal(string.Empty, properties["spaced"]);
    }

    [Fact]
    public void Trailing_whitespace_of_a_value_is_kept_as_java_keeps_it_but_leading_whitespace_is_dropped()
    {
        Assert.Equal("value  ", JavaPropertiesFile.Parse("key=   value  ")["key"]);
    }

    [Fact]
    public void A_backslash_at_line_end_continues_the_value_and_drops_the_next_lines_leading_whitespace()
    {
        var properties = JavaPropertiesFile.Parse("list=a,\\\n    b,\\\n\t\tc\nnext=1");

        Assert.Equal("a,b,c", properties["list"]);
        Assert.Equal("1", properties["next"]);
    }

    [Fact]
    public void An_escaped_backslash_at_line_end_does_not_continue()
    {
        var properties = JavaPropertiesFile.Parse("path=C:\\\\\nnext=1");

        Assert.Equal("C:\\", properties["path"]);
        Assert.Equal("1", properties["next"]);
    }

    [Fact]
    public void A_continued_line_starting_with_hash_is_value_not_comment_and_a_comment_never_continues()
    {
        var properties = JavaPropertiesFile.Parse("a=x\\\n  #y\n# comment \\\nb=2");

        Assert.Equal("x#y", properties["a"]);
        Assert.Equal("2", properties["b"]);
        Assert.Equal(2, properties.Count);
    }

    [Fact]
    public void A_blank_continuation_line_ends_the_value_and_a_backslash_at_end_of_file_is_dropped()
    {
        var properties = JavaPropertiesFile.Parse("a=x\\\n   \nb=y\\");

        Assert.Equal("x", properties["a"]);
        Assert.Equal("y", properties["b"]);
    }

    [Fact]
    public void Escapes_in_values_become_their_characters()
    {
        var value = JavaPropertiesFile.Parse(@"v=tab\tnl\ncr\rff\fbs\\eq\=co\:sp\ x\u00e6\u00F8\q")["v"];

        Assert.Equal("tab\tnl\ncr\rff\fbs\\eq=co:sp xæøq", value);
    }

    [Fact]
    public void Escaped_separators_and_spaces_belong_to_the_key()
    {
        var properties = JavaPropertiesFile.Parse(@"my\ key\=x\:y=1" + "\n" + @"\ lead=2");

        Assert.Equal("1", properties["my key=x:y"]);
        Assert.Equal("2", properties[" lead"]);
    }

    [Fact]
    public void An_escaped_leading_space_in_a_value_is_kept()
    {
        Assert.Equal(" salt", JavaPropertiesFile.Parse(@"saltPrefix=\ salt")["saltPrefix"]);
    }

    [Theory]
    [InlineData(@"a=\u00G1")]
    [InlineData(@"a=\u12")]
    public void A_malformed_unicode_escape_fails_naming_the_source_and_line(string line)
    {
        var exception = Assert.Throws<FormatException>(() => JavaPropertiesFile.Parse("# first\n" + line, "/etc/nsp/odr.properties"));

        Assert.Contains("/etc/nsp/odr.properties", exception.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a=1\r\nb=2\r\n")]
    [InlineData("a=1\rb=2\r")]
    [InlineData("a=1\nb=2")]
    public void Crlf_cr_and_lf_all_end_lines(string text)
    {
        var properties = JavaPropertiesFile.Parse(text);

        Assert.Equal("1", properties["a"]);
        Assert.Equal("2", properties["b"]);
    }

    [Fact]
    public void A_continuation_works_across_crlf_line_ends()
    {
        Assert.Equal("ab", JavaPropertiesFile.Parse("a=a\\\r\n   b\r\n")["a"]);
    }

    [Fact]
    public void A_later_duplicate_key_wins()
    {
        Assert.Equal("2", JavaPropertiesFile.Parse("a=1\na=2")["a"]);
    }

    [Fact]
    public void Keys_are_case_sensitive_as_in_java()
    {
        var properties = JavaPropertiesFile.Parse("saltPrefix=1\nsaltprefix=2");

        Assert.Equal("1", properties["saltPrefix"]);
        Assert.Equal("2", properties["saltprefix"]);
    }

    [Fact]
    public void Decode_reads_valid_utf8()
    {
        Assert.Equal("navn=Søren Æblø", JavaPropertiesFile.Decode(Encoding.UTF8.GetBytes("navn=Søren Æblø")));
    }

    [Fact]
    public void Decode_falls_back_to_iso_8859_1_when_the_bytes_are_not_utf8()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes("navn=Søren Æblø");

        Assert.Equal("navn=Søren Æblø", JavaPropertiesFile.Decode(latin1));
    }

    [Fact]
    public void Decode_drops_a_utf8_byte_order_mark()
    {
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a=1")];

        Assert.Equal("a=1", JavaPropertiesFile.Decode(withBom));
    }

    [Fact]
    public void Load_reads_a_latin1_file_from_disk()
    {
        using var directory = new TempDirectory();
        string path = directory.WriteBytes("odr.properties", Encoding.Latin1.GetBytes("tekst=Færdig på én dag\n"));

        Assert.Equal("Færdig på én dag", JavaPropertiesFile.Load(path)["tekst"]);
    }
}
