using System.Globalization;
using System.Xml;
using Nsp.Api.Shared.Soap;
using static Nsp.Tests.Integration.Hostile.HostileDom;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>Operators on a parsed copy of the envelope: elements and attributes removed, duplicated, reordered; long
/// values; hostile field values in the Body.</summary>
internal static class DomOperators
{
    /// <summary>Around each limit: the header value limit (1024), the value limit (64K characters), and beyond the
    /// 256 KB body limit.</summary>
    private static readonly int[] LongLengths = [1023, 1024, 1025, 65_535, 65_536, 65_537, 120_000, 300_000];

    private static readonly string[] FieldValues =
    [
        "", " ", "\t\n", "1111111118", "0101501234", "0101701234", " 1111111118 ", "111111-1118", "11111111181", "abc",
        "\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF11\uFF18", "0000000000", "3113999999",
        "SOR", "SHAK", "sor", " SOR", "CPR", "cpr", "CVR", "XYZ",
        "2020-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "0001-01-01T00:00:00+14:00", "T",
        "2026-13-01T00:00:00Z", "not a date", "2099-01-01", "P1D", "\u00E6\u00F8\u00E5", "\U0001F600",
        "123456789012345678901234567890", "1234567890123456789012345678901", "null", "<>&'\"",
    ];

    public static string RemoveElement(HostileMutation mutation, Random random)
    {
        var element = PickElement(mutation.Document, random);
        if (element?.ParentNode is null)
        {
            return "none";
        }

        element.ParentNode.RemoveChild(element);
        return element.Name;
    }

    public static string DuplicateElement(HostileMutation mutation, Random random)
    {
        var element = PickElement(mutation.Document, random);
        if (element?.ParentNode is null)
        {
            return "none";
        }

        element.ParentNode.InsertAfter(element.CloneNode(deep: true), element);
        return element.Name;
    }

    public static string ReorderElements(HostileMutation mutation, Random random)
    {
        var document = mutation.Document;
        var element = PickElement(document, random);
        if (element?.ParentNode is not XmlElement parent)
        {
            return "none";
        }

        if (random.Next(2) == 0)
        {
            // Swap with a sibling element: order inside Header, the card, Linking, the Body's fields.
            var siblings = parent.ChildNodes.OfType<XmlElement>().Where(e => !ReferenceEquals(e, element)).ToList();
            if (siblings.Count == 0)
            {
                return "no sibling of " + element.Name;
            }

            var other = siblings[random.Next(siblings.Count)];
            var marker = document.CreateComment("m");
            parent.ReplaceChild(marker, element);
            parent.ReplaceChild(element, other);
            parent.ReplaceChild(other, marker);
            return "swap " + element.Name + " with " + other.Name;
        }

        // Move it under another element that is not inside it.
        var targets = Descendants(document.DocumentElement!).Where(e => !IsSelfOrAncestorOf(element, e)).ToList();
        targets.Add(document.DocumentElement!);
        var target = targets[random.Next(targets.Count)];
        parent.RemoveChild(element);
        var children = target.ChildNodes.Cast<XmlNode>().ToList();
        if (children.Count == 0 || random.Next(2) == 0)
        {
            target.AppendChild(element);
        }
        else
        {
            target.InsertBefore(element, children[random.Next(children.Count)]);
        }

        return "move " + element.Name + " into " + target.Name;
    }

    public static string RemoveAttribute(HostileMutation mutation, Random random)
    {
        var candidates = Descendants(mutation.Document.DocumentElement!).Prepend(mutation.Document.DocumentElement!)
            .Where(e => e.Attributes.Count > 0).ToList();
        if (candidates.Count == 0)
        {
            return "none";
        }

        var element = candidates[random.Next(candidates.Count)];
        var attribute = element.Attributes[random.Next(element.Attributes.Count)];
        element.Attributes.Remove(attribute);
        return element.Name + "/@" + attribute.Name;
    }

    public static string ReorderAttributes(HostileMutation mutation, Random random)
    {
        var candidates = Descendants(mutation.Document.DocumentElement!).Prepend(mutation.Document.DocumentElement!)
            .Where(e => e.Attributes.Count > 1).ToList();
        if (candidates.Count == 0)
        {
            return "none";
        }

        var element = candidates[random.Next(candidates.Count)];
        var attributes = element.Attributes.Cast<XmlAttribute>().ToList();
        element.Attributes.RemoveAll();
        foreach (var attribute in attributes.OrderBy(_ => random.Next()))
        {
            element.Attributes.Append(attribute);
        }

        return element.Name;
    }

    public static string LongValue(HostileMutation mutation, Random random)
    {
        var document = mutation.Document;
        int length = LongLengths[random.Next(LongLengths.Length)];
        char fill = "xæ<&"[random.Next(4)];
        string value = new(fill, length);
        string where = length.ToString(CultureInfo.InvariantCulture) + "×" + fill + " in ";
        switch (random.Next(5))
        {
            case 0:
                var linking = Leaves(Child(Child(Header(document), SoapNamespaces.Medcom, "Header"), SoapNamespaces.Medcom, "Linking"));
                var header = linking.Count > 0 ? linking[random.Next(linking.Count)] : Header(document);
                return SetText(header, value, where);
            case 1:
                var fields = Leaves(RequestElement(document));
                return SetText(fields.Count > 0 ? fields[random.Next(fields.Count)] : RequestElement(document), value, where);
            case 2:
                var assertion = Assertion(document);
                var values = assertion is null ? [] : Leaves(assertion);
                return SetText(values.Count > 0 ? values[random.Next(values.Count)] : Header(document), value, where);
            case 3:
                var element = PickElement(document, random) ?? document.DocumentElement!;
                if (element.Attributes.Count > 0 && random.Next(2) == 0)
                {
                    var attribute = element.Attributes[random.Next(element.Attributes.Count)];
                    if (attribute.Prefix != "xmlns" && attribute.Name != "xmlns")
                    {
                        attribute.Value = value;
                        return where + element.Name + "/@" + attribute.Name;
                    }
                }

                element.SetAttribute("hostile", value);
                return where + element.Name + "/@hostile";
            default:
                var target = PickElement(document, random) ?? document.DocumentElement!;
                target.AppendChild(document.CreateComment(value));
                return where + "a comment in " + target.Name;
        }
    }

    public static string BodyValues(HostileMutation mutation, Random random)
    {
        var document = mutation.Document;
        var request = RequestElement(document);
        if (request is null)
        {
            return "no request element";
        }

        string value = FieldValues[random.Next(FieldValues.Length)];
        var fields = Leaves(request);
        if (fields.Count == 0 || random.Next(6) == 0)
        {
            // An extra field the contract does not have (the parameterless requests get one too).
            var extra = document.CreateElement(request.Prefix, random.Next(2) == 0 ? "id" : "unexpected", request.NamespaceURI);
            extra.InnerText = value;
            request.AppendChild(extra);
            return "extra " + extra.LocalName + "='" + value + "'";
        }

        var field = fields[random.Next(fields.Count)];
        field.InnerText = value;
        return field.LocalName + "='" + value + "'";
    }

    private static string SetText(XmlElement? element, string value, string where)
    {
        if (element is null)
        {
            return where + "nothing";
        }

        element.InnerText = value;
        return where + element.Name;
    }

    private static bool IsSelfOrAncestorOf(XmlElement element, XmlElement other)
    {
        for (XmlNode? node = other; node is not null; node = node.ParentNode)
        {
            if (ReferenceEquals(node, element))
            {
                return true;
            }
        }

        return false;
    }
}
