using System.Globalization;
using System.Text;
using Nsp.Api.Shared.Soap;
using Nsp.Tests.Integration.Idsas;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>Namespace abuse on the text: prefixes rebound, thousands of declarations (on one element and spread over
/// nested ones), default namespaces changed, the wrong envelope namespace, the xml and xmlns prefixes misused,
/// undeclared prefixes, and the other contract version's namespace on the request element.</summary>
internal static class NamespaceTricksOperator
{
    public static string Apply(HostileMutation mutation, Random random)
    {
        string text = mutation.Text;
        string envelopeTag = "<soap:Envelope";
        string variant;
        switch (random.Next(14))
        {
            case 0:
            {
                int[] counts = [63, 64, 65, 2_000, 20_000];
                int count = counts[random.Next(counts.Length)];
                var declarations = new StringBuilder();
                for (int i = 0; i < count; i++)
                {
                    declarations.Append(CultureInfo.InvariantCulture, $" xmlns:p{i}=\"urn:hostile:{i}\"");
                }

                text = Insert(text, envelopeTag, declarations.ToString());
                variant = count.ToString(CultureInfo.InvariantCulture) + " declarations on the Envelope";
                // The Envelope already declares soap; the card's own declarations add more below it.
                mutation.MustBeRefused |= count >= 64;
                break;
            }

            case 1:
            {
                var nested = new StringBuilder();
                for (int i = 0; i < 40; i++)
                {
                    nested.Append(CultureInfo.InvariantCulture, $"<x:e{i} xmlns:x=\"urn:x\" xmlns:a{i}=\"urn:a{i}\" xmlns:b{i}=\"urn:b{i}\">");
                }

                for (int i = 39; i >= 0; i--)
                {
                    nested.Append(CultureInfo.InvariantCulture, $"</x:e{i}>");
                }

                text = text.Insert(TextOperators.AfterTag(text, "<soap:Header>"), nested.ToString());
                variant = "120 declarations spread over 40 nested header elements";
                mutation.MustBeRefused = true;
                break;
            }

            case 2:
                text = text.Replace("<soap:Body>", "<soap:Body xmlns:soap=\"urn:hostile:not-soap\">", StringComparison.Ordinal)
                    .Replace("</soap:Body>", "</soap:Body>", StringComparison.Ordinal);
                variant = "soap prefix rebound on Body";
                break;
            case 3:
                text = text.Replace("<saml:Assertion ", "<saml:Assertion xmlns:saml=\"urn:hostile:not-saml\" ", StringComparison.Ordinal);
                variant = "saml prefix rebound on the card";
                break;
            case 4:
                text = Insert(text, envelopeTag, " xmlns=\"urn:hostile:default\"");
                variant = "default namespace on the Envelope";
                break;
            case 5:
                text = Insert(text, "<soap:Body", " xmlns=\"" + mutation.Base.Namespace + "\"");
                variant = "default namespace on Body";
                break;
            case 6:
                text = text.Replace(SoapNamespaces.Soap11, SoapNamespaces.Soap12, StringComparison.Ordinal);
                variant = "SOAP 1.2 envelope namespace";
                mutation.MustBeRefused |= text != mutation.Text;
                break;
            case 7:
            {
                string[] abuses =
                [
                    " xmlns:xml=\"urn:hostile\"", " xmlns:xmlns=\"urn:hostile\"", " xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"",
                    " xml:lang=\"da\"", " xml:space=\"preserve\"", " xml:space=\"hostile\"", " xmlns:p=\"\"", " xmlns:p=\"http://www.w3.org/2000/xmlns/\"",
                ];
                string abuse = abuses[random.Next(abuses.Length)];
                var tags = TextOperators.StartTagPattern().Matches(text);
                var tag = tags[random.Next(tags.Count)];
                text = text.Insert(tag.Index + tag.Length, abuse);
                variant = "'" + abuse.Trim() + "' on " + tag.Value;
                break;
            }

            case 8:
                text = text.Insert(TextOperators.RandomTagEnd(text, random), "<undeclared:Thing/>");
                variant = "undeclared prefix";
                break;
            case 9:
            {
                string other = mutation.Base.Namespace == IdsasSoapBodies.Ns2023 ? IdsasSoapBodies.Ns2024 : IdsasSoapBodies.Ns2023;
                text = text.Replace("xmlns:t=\"" + mutation.Base.Namespace + "\"", "xmlns:t=\"" + other + "\"", StringComparison.Ordinal);
                variant = "the other contract version's namespace";
                break;
            }

            case 10:
                // The same document with another prefix for the envelope: as good as the original.
                text = text.Replace("<soap:", "<S:", StringComparison.Ordinal).Replace("</soap:", "</S:", StringComparison.Ordinal)
                    .Replace("xmlns:soap=", "xmlns:S=", StringComparison.Ordinal);
                variant = "envelope prefix renamed";
                break;
            case 11:
                text = text.Replace("<soap:Header>", "<soap:Header xmlns:wsse=\"urn:hostile:not-wsse\">", StringComparison.Ordinal);
                variant = "wsse prefix rebound on Header (the card's own declaration wins)";
                break;
            case 12:
                text = Insert(text, "<t:", " xmlns:t=\"urn:hostile:other\"");
                variant = "request prefix rebound on the request element";
                break;
            default:
                text = text.Replace("xmlns:soap=\"" + SoapNamespaces.Soap11 + "\"", "xmlns:soap=\"" + SoapNamespaces.Soap11.TrimEnd('/') + "\"", StringComparison.Ordinal);
                variant = "envelope namespace without its trailing slash";
                mutation.MustBeRefused |= text != mutation.Text;
                break;
        }

        mutation.Text = text;
        return variant;
    }

    /// <summary>Inserts <paramref name="attributes"/> just after the first <paramref name="tagStart"/>'s name.</summary>
    private static string Insert(string text, string tagStart, string attributes)
    {
        int at = text.IndexOf(tagStart, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        int nameEnd = at + 1;
        while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] is not ('>' or '/'))
        {
            nameEnd++;
        }

        return text.Insert(nameEnd, attributes);
    }
}
