using System.Xml;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>Finding the parts of an envelope the DOM operators aim at: the Header's own elements, the card, the Body.</summary>
internal static class HostileDom
{
    public static XmlElement? Header(XmlDocument document) => Child(document.DocumentElement, SoapNamespaces.Soap11, "Header");

    public static XmlElement? Body(XmlDocument document) => Child(document.DocumentElement, SoapNamespaces.Soap11, "Body");

    public static XmlElement? Security(XmlDocument document) => Child(Header(document), SosiNamespaces.Wsse, "Security");

    public static XmlElement? Assertion(XmlDocument document) =>
        document.GetElementsByTagName("Assertion", SosiNamespaces.Saml).OfType<XmlElement>().FirstOrDefault();

    public static XmlElement? RequestElement(XmlDocument document) => Body(document)?.ChildNodes.OfType<XmlElement>().FirstOrDefault();

    /// <summary>A random element of a random region (Header outside the card, the card, the Body, the whole envelope),
    /// never the document element itself.</summary>
    public static XmlElement? PickElement(XmlDocument document, Random random)
    {
        var assertion = Assertion(document);
        var all = Descendants(document.DocumentElement!).ToList();
        List<XmlElement> region = random.Next(4) switch
        {
            0 => [.. all.Where(e => IsInside(e, Header(document)) && (assertion is null || !IsInside(e, assertion)))],
            1 => assertion is null ? [] : [assertion, .. Descendants(assertion)],
            2 => [.. all.Where(e => IsInside(e, Body(document)))],
            _ => all,
        };
        if (region.Count == 0)
        {
            region = all;
        }

        return region.Count == 0 ? null : region[random.Next(region.Count)];
    }

    public static IEnumerable<XmlElement> Descendants(XmlElement root)
    {
        foreach (XmlNode node in root.ChildNodes)
        {
            if (node is XmlElement element)
            {
                yield return element;
                foreach (var descendant in Descendants(element))
                {
                    yield return descendant;
                }
            }
        }
    }

    /// <summary>Elements holding only text (values): the Body's fields, the card's attribute values, Linking's ids.</summary>
    public static List<XmlElement> Leaves(XmlElement? root) =>
        root is null ? [] : [.. Descendants(root).Where(e => !e.ChildNodes.OfType<XmlElement>().Any())];

    public static XmlElement? Child(XmlElement? parent, string namespaceUri, string localName) =>
        parent?.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == localName && e.NamespaceURI == namespaceUri);

    public static XmlElement? CardAttribute(XmlElement assertion, string name) =>
        assertion.GetElementsByTagName("Attribute", SosiNamespaces.Saml).OfType<XmlElement>()
            .FirstOrDefault(a => a.GetAttribute("Name") == name)?
            .GetElementsByTagName("AttributeValue", SosiNamespaces.Saml).OfType<XmlElement>().FirstOrDefault();

    private static bool IsInside(XmlElement element, XmlElement? ancestor)
    {
        for (XmlNode? node = element; node is not null; node = node.ParentNode)
        {
            if (ReferenceEquals(node, ancestor))
            {
                return true;
            }
        }

        return false;
    }
}
