using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>Operators on the envelope's text, for what a DOM cannot hold: duplicate attributes, deep nesting, more
/// attributes and namespace declarations than the limits, namespace abuse, DTDs and entities, comments, CDATA and
/// processing instructions in odd places, and swapped cards.</summary>
internal static partial class TextOperators
{
    private const string SecurityOpen = "<wsse:Security";
    private const string SecurityClose = "</wsse:Security>";

    public static string DuplicateAttribute(HostileMutation mutation, Random random)
    {
        string text = mutation.Text;
        var attributes = AttributePattern().Matches(text);
        if (attributes.Count == 0)
        {
            return "none";
        }

        var match = attributes[random.Next(attributes.Count)];
        string name = match.Groups["name"].Value;
        string duplicate = random.Next(3) switch
        {
            0 => match.Value,
            1 => $" {name}=\"other\"",
            // Two prefixes for one namespace: the same attribute by expanded name.
            _ => " xmlns:h1=\"urn:h\" xmlns:h2=\"urn:h\" h1:a=\"1\" h2:a=\"2\"",
        };
        mutation.Text = text.Insert(match.Index + match.Length, duplicate);
        mutation.MustBeRefused = true;
        return name + " as '" + duplicate.Trim() + "'";
    }

    public static string DeepNesting(HostileMutation mutation, Random random)
    {
        string text = mutation.Text;
        (string variant, int levels, bool closed, bool inHeader) = random.Next(8) switch
        {
            // The Header is level 2 (depth 1): 62 more levels end at depth 63, the deepest the limit (64) allows.
            0 => ("62 in Header (just inside)", 62, true, true),
            1 => ("63 in Header (just beyond)", 63, true, true),
            2 => ("65", 65, true, false),
            3 => ("1000", 1000, true, false),
            4 => ("30000 closed (~210 KB, under the body limit)", 30_000, true, false),
            5 => ("80000 unclosed (~240 KB, under the body limit)", 80_000, false, false),
            6 => ("100000 closed (~700 KB, over the body limit)", 100_000, true, false),
            _ => ("70 with a namespace declaration each", 70, true, false),
        };
        int at = inHeader ? AfterTag(text, "<soap:Header>") : RandomTagEnd(text, random);
        bool withNamespaces = variant.StartsWith("70", StringComparison.Ordinal);
        var nested = new StringBuilder(levels * (closed ? 7 : 3));
        for (int i = 0; i < levels; i++)
        {
            nested.Append(withNamespaces ? string.Create(CultureInfo.InvariantCulture, $"<n{i}:a xmlns:n{i}=\"urn:n{i}\">") : "<a>");
        }

        if (closed)
        {
            for (int i = levels - 1; i >= 0; i--)
            {
                nested.Append(withNamespaces ? string.Create(CultureInfo.InvariantCulture, $"</n{i}:a>") : "</a>");
            }
        }

        mutation.Text = text.Insert(at, nested.ToString());
        // 63 levels break the limit wherever they go (the Header is the shallowest place).
        mutation.MustBeRefused |= levels >= 63;
        return variant;
    }

    public static string ManyAttributes(HostileMutation mutation, Random random)
    {
        string text = mutation.Text;
        var tags = StartTagPattern().Matches(text);
        if (tags.Count == 0)
        {
            return "none";
        }

        int[] counts = [10, 63, 64, 65, 1000, 20_000];
        int count = counts[random.Next(counts.Length)];
        var tag = tags[random.Next(tags.Count)];
        var attributes = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            attributes.Append(CultureInfo.InvariantCulture, $" a{i}=\"v\"");
        }

        mutation.Text = text.Insert(tag.Index + tag.Length, attributes.ToString());
        mutation.MustBeRefused |= count > 64;
        return count.ToString(CultureInfo.InvariantCulture) + " on " + tag.Value;
    }

    public static string DtdEntity(HostileMutation mutation, Random random)
    {
        string text = mutation.Text;
        int prolog = text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        string variant;
        switch (random.Next(9))
        {
            case 0:
                variant = "internal entity used in FlowID";
                text = text.Insert(prolog, "<!DOCTYPE soap:Envelope [<!ENTITY e \"flow-entity\">]>")
                    .Replace(">flow-1<", ">&e;<", StringComparison.Ordinal);
                mutation.MustBeRefused = true;
                break;
            case 1:
                variant = "billion laughs";
                var laughs = new StringBuilder("<!DOCTYPE soap:Envelope [<!ENTITY l0 \"ha\">");
                for (int i = 1; i <= 10; i++)
                {
                    laughs.Append(CultureInfo.InvariantCulture, $"<!ENTITY l{i} \"&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};\">");
                }

                text = text.Insert(prolog, laughs.Append("]>").ToString()).Replace(">flow-1<", ">&l10;<", StringComparison.Ordinal);
                mutation.MustBeRefused = true;
                break;
            case 2:
                variant = "external entity (file)";
                text = text.Insert(prolog, "<!DOCTYPE soap:Envelope [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                    .Replace(">flow-1<", ">&x;<", StringComparison.Ordinal);
                mutation.MustBeRefused = true;
                break;
            case 3:
                variant = "external DTD";
                text = text.Insert(prolog, "<!DOCTYPE soap:Envelope SYSTEM \"http://127.0.0.1:9/hostile.dtd\">");
                mutation.MustBeRefused = true;
                break;
            case 4:
                variant = "parameter entity";
                text = text.Insert(prolog, "<!DOCTYPE soap:Envelope [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p.dtd\"> %p;]>");
                mutation.MustBeRefused = true;
                break;
            case 5:
                variant = "undeclared entity";
                text = text.Replace(">flow-1<", ">&nbsp;<", StringComparison.Ordinal);
                break;
            case 6:
                variant = "invalid character references";
                string[] references = ["&#0;", "&#xD800;", "&#x110000;", "&#xFFFE;", "&#;"];
                text = text.Replace(">flow-1<", ">flow" + references[random.Next(references.Length)] + "<", StringComparison.Ordinal);
                break;
            case 7:
                // A character reference for a digit reads as the digit: the value is unchanged.
                variant = "character reference for a digit in a value";
                text = text.Replace(">1111111118<", ">&#x31;111111118<", StringComparison.Ordinal)
                    .Replace(">flow-1<", ">flow-&#49;<", StringComparison.Ordinal);
                break;
            default:
                variant = "DOCTYPE inside the root";
                text = text.Insert(AfterTag(text, "<soap:Header>"), "<!DOCTYPE x>");
                break;
        }

        mutation.Text = text;
        return variant;
    }

    public static string CommentCdataPi(HostileMutation mutation, Random random)
    {
        string text = mutation.Text;
        string[] markup =
        [
            "<!-- hostile -->", "<!---->", "<![CDATA[hostile]]>", "<![CDATA[]]>", "<?hostile data?>", "<?xml version=\"1.0\"?>",
            "<!-- a -- b -->", "<![CDATA[unterminated", "<?xml-stylesheet href=\"http://127.0.0.1:9/x.xsl\"?>", "<!-- ]]> -->",
        ];
        string inserted = markup[random.Next(markup.Length)];
        int at;
        string where;
        switch (random.Next(3))
        {
            case 0:
                // Inside a value: a comment splits the text nodes (the CPR, a card attribute, the FlowID).
                string[] values = [">1111111118<", ">flow-1<", ">25450442<", ">Testsystem<", ">SOR<"];
                string value = values[random.Next(values.Length)];
                int found = text.IndexOf(value, StringComparison.Ordinal);
                at = found < 0 ? RandomTagEnd(text, random) : found + 1 + random.Next(value.Length - 2);
                where = "inside " + value.Trim('<', '>');
                break;
            case 1:
                at = random.Next(2) == 0 ? 0 : text.Length;
                where = at == 0 ? "before everything" : "after the root";
                break;
            default:
                at = RandomTagEnd(text, random);
                where = "at " + at.ToString(CultureInfo.InvariantCulture);
                break;
        }

        mutation.Text = text.Insert(at, inserted);
        return inserted + " " + where;
    }

    public static string CardSwap(HostileMutation mutation, Random random)
    {
        string text = mutation.Text;
        var cards = mutation.Material.SecurityContents;
        string name = cards.Keys.Order(StringComparer.Ordinal).ElementAt(random.Next(cards.Count));
        int open = text.IndexOf(SecurityOpen, StringComparison.Ordinal);
        int close = text.IndexOf(SecurityClose, StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            string security = $"<wsse:Security xmlns:wsse=\"{Nsp.Api.Shared.Security.SosiNamespaces.Wsse}\">{cards[name]}</wsse:Security>";
            int header = AfterTag(text, "<soap:Header>");
            mutation.Text = text.Insert(header, security);
            return name + " (in a new wsse:Security)";
        }

        int contentStart = text.IndexOf('>', open) + 1;
        mutation.Text = string.Concat(text.AsSpan(0, contentStart), cards[name], text.AsSpan(close));
        return name;
    }

    /// <summary>Just after <paramref name="tag"/>, or at a random tag end when the text has no such tag.</summary>
    internal static int AfterTag(string text, string tag)
    {
        int found = text.IndexOf(tag, StringComparison.Ordinal);
        return found < 0 ? text.IndexOf('>', StringComparison.Ordinal) + 1 : found + tag.Length;
    }

    /// <summary>Just after a random '&gt;' (between two pieces of markup or before a value).</summary>
    internal static int RandomTagEnd(string text, Random random)
    {
        int count = 0;
        foreach (char c in text)
        {
            count += c == '>' ? 1 : 0;
        }

        if (count == 0)
        {
            return random.Next(text.Length + 1);
        }

        int wanted = random.Next(count);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '>' && wanted-- == 0)
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    [GeneratedRegex("\\s(?<name>[A-Za-z_][\\w:.-]*)=\"[^\"<]*\"")]
    private static partial Regex AttributePattern();

    [GeneratedRegex("<[A-Za-z_][\\w:.-]*")]
    internal static partial Regex StartTagPattern();
}
