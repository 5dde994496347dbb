using System.Globalization;
using System.Text;

namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>
/// Reads Java <c>.properties</c> text the way <c>java.util.Properties.load</c> does, so operators' files mean the
/// same here: <c>#</c>/<c>!</c> comment lines, <c>=</c>, <c>:</c> or whitespace between key and value, a line ending
/// in an odd number of backslashes continues on the next line (whose leading whitespace is dropped), and the escapes
/// <c>\t \n \r \f \uXXXX</c>; any other escaped character stands for itself (<c>\= \: \\ \ </c>).
/// Trailing whitespace of a value is kept, as Java keeps it; typed getters in <see cref="PropertySection"/> trim,
/// strings are returned as written. A later duplicate key wins, as in Java.
/// </summary>
public static class JavaPropertiesFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads and parses a file: UTF-8 first, ISO-8859-1 when the bytes are not valid UTF-8 (as Java 9+).</summary>
    /// <exception cref="FormatException">A malformed <c>\uXXXX</c> escape; the message names the file and line.</exception>
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        return Parse(Decode(bytes), path);
    }

    /// <summary>UTF-8 (a leading byte-order mark dropped), or ISO-8859-1 when the bytes are not valid UTF-8.</summary>
    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            string text = StrictUtf8.GetString(bytes);
            // Java would make the BOM part of the first key; nobody means that.
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <param name="text">The file's text.</param>
    /// <param name="sourceName">Named in error messages (usually the file path).</param>
    /// <exception cref="FormatException">A malformed <c>\uXXXX</c> escape.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string text, string sourceName = "properties")
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        // Only CR, LF and CRLF end lines (string.ReplaceLineEndings would also break on form feed, which Java treats as whitespace).
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        for (int index = 0; index < lines.Length; index++)
        {
            int firstLine = index + 1;
            string line = TrimLeadingWhitespace(lines[index]);
            if (line.Length == 0 || line[0] == '#' || line[0] == '!')
            {
                continue;
            }

            var logical = new StringBuilder();
            while (EndsWithOddBackslashes(line))
            {
                logical.Append(line, 0, line.Length - 1);
                if (index + 1 >= lines.Length)
                {
                    line = string.Empty;
                    break;
                }

                index++;
                line = TrimLeadingWhitespace(lines[index]);
            }

            logical.Append(line);
            (string key, string value) = SplitKeyValue(logical.ToString(), sourceName, firstLine);
            result[key] = value;
        }

        return result;
    }

    private static (string Key, string Value) SplitKeyValue(string line, string sourceName, int lineNumber)
    {
        int keyEnd = 0;
        int valueStart = line.Length;
        bool hasSeparator = false;
        bool precedingBackslash = false;
        while (keyEnd < line.Length)
        {
            char c = line[keyEnd];
            if ((c == '=' || c == ':') && !precedingBackslash)
            {
                valueStart = keyEnd + 1;
                hasSeparator = true;
                break;
            }

            if (IsWhitespace(c) && !precedingBackslash)
            {
                valueStart = keyEnd + 1;
                break;
            }

            precedingBackslash = c == '\\' && !precedingBackslash;
            keyEnd++;
        }

        // After whitespace, one '=' or ':' may still follow ("key = value", "key : value").
        while (valueStart < line.Length)
        {
            char c = line[valueStart];
            if (!IsWhitespace(c))
            {
                if (!hasSeparator && (c == '=' || c == ':'))
                {
                    hasSeparator = true;
                }
                else
                {
                    break;
                }
            }

            valueStart++;
        }

        string key = Unescape(line[..keyEnd], sourceName, lineNumber);
        string value = Unescape(line[valueStart..], sourceName, lineNumber);
        return (key, value);
    }

    private static string Unescape(string text, string sourceName, int lineNumber)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                // A lone backslash at the very end (continuation at end of file) is dropped, as Java drops it.
                if (c != '\\')
                {
                    result.Append(c);
                }

                continue;
            }

            char escaped = text[++i];
            switch (escaped)
            {
                case 't': result.Append('\t'); break;
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 'f': result.Append('\f'); break;
                case 'u':
                    if (i + 4 >= text.Length
                        || !ushort.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
                    {
                        throw new FormatException($"Malformed \\uXXXX escape in {sourceName}, line {lineNumber.ToString(CultureInfo.InvariantCulture)}.");
                    }

                    result.Append((char)code);
                    i += 4;
                    break;
                default: result.Append(escaped); break;
            }
        }

        return result.ToString();
    }

    private static bool EndsWithOddBackslashes(string line)
    {
        int count = 0;
        for (int i = line.Length - 1; i >= 0 && line[i] == '\\'; i--)
        {
            count++;
        }

        return count % 2 == 1;
    }

    private static string TrimLeadingWhitespace(string line)
    {
        int start = 0;
        while (start < line.Length && IsWhitespace(line[start]))
        {
            start++;
        }

        return line[start..];
    }

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\f';
}
