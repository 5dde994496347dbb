using System.Text;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>Turns the text into bytes in another way than the UTF-8 it declares: UTF-16 with and without BOM, a
/// declaration that disagrees with the bytes, ISO-8859-1 declared (rightly and wrongly), UTF-32, unknown encoding
/// names, no declaration, a BOM, and a Content-Type charset that disagrees.</summary>
internal static class EncodingOperator
{
    private const string Utf8Declaration = "encoding=\"UTF-8\"";

    public static string Apply(HostileMutation mutation, Random random)
    {
        string text = mutation.Text;
        string variant;
        byte[] bytes;
        switch (random.Next(14))
        {
            case 0:
                variant = "UTF-16LE with BOM";
                bytes = WithPreamble(Encoding.Unicode, Declare(text, "UTF-16"));
                break;
            case 1:
                variant = "UTF-16LE without BOM";
                bytes = Encoding.Unicode.GetBytes(Declare(text, "UTF-16"));
                break;
            case 2:
                variant = "UTF-16BE with BOM";
                bytes = WithPreamble(Encoding.BigEndianUnicode, Declare(text, "UTF-16"));
                break;
            case 3:
                variant = "UTF-16BE without BOM, declared UTF-16";
                bytes = Encoding.BigEndianUnicode.GetBytes(Declare(text, "UTF-16"));
                break;
            case 4:
                variant = "UTF-16LE with BOM, declared UTF-8";
                bytes = WithPreamble(Encoding.Unicode, text);
                break;
            case 5:
                variant = "UTF-8 declared UTF-16";
                bytes = Encoding.UTF8.GetBytes(Declare(text, "UTF-16"));
                break;
            case 6:
                variant = "UTF-8 with BOM";
                bytes = WithPreamble(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), text);
                break;
            case 7:
                variant = "ISO-8859-1 declared and used, Danish letters in FlowID";
                bytes = Encoding.Latin1.GetBytes(Declare(Danish(text), "ISO-8859-1"));
                break;
            case 8:
                variant = "UTF-8 bytes declared ISO-8859-1, Danish letters in FlowID";
                bytes = Encoding.UTF8.GetBytes(Declare(Danish(text), "ISO-8859-1"));
                break;
            case 9:
                variant = "UTF-32LE with BOM";
                bytes = WithPreamble(Encoding.UTF32, Declare(text, "UTF-32"));
                break;
            case 10:
            {
                string[] names = ["x-hostile", "UTF-7", "IBM037", "", "utf-8 ", "UTF-8\0"];
                string name = names[random.Next(names.Length)];
                variant = "declared '" + name.Replace("\0", "\\0", StringComparison.Ordinal) + "'";
                bytes = Encoding.UTF8.GetBytes(Declare(text, name));
                break;
            }

            case 11:
                variant = "no XML declaration";
                bytes = Encoding.UTF8.GetBytes(text.StartsWith("<?xml", StringComparison.Ordinal) ? text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..] : text);
                break;
            case 12:
                variant = "Content-Type charset utf-16 on UTF-8 bytes";
                bytes = Encoding.UTF8.GetBytes(text);
                mutation.ContentType = "text/xml; charset=utf-16";
                break;
            default:
                variant = "Danish letters in FlowID, UTF-8 as declared";
                bytes = Encoding.UTF8.GetBytes(Danish(text));
                break;
        }

        mutation.Bytes = bytes;
        return variant;
    }

    private static string Declare(string text, string encoding) =>
        text.Replace(Utf8Declaration, "encoding=\"" + encoding + "\"", StringComparison.Ordinal);

    private static string Danish(string text) => text.Replace(">flow-1<", ">flow-\u00E6\u00F8\u00E5-1<", StringComparison.Ordinal);

    private static byte[] WithPreamble(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
}
