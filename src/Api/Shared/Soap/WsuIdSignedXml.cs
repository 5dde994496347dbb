using System.Security.Cryptography.Xml;
using System.Xml;
using Nsp.Api.Shared.Security;

namespace Nsp.Api.Shared.Soap;

/// <summary>WS-Security messages name signed parts by <c>wsu:Id</c>, which <see cref="SignedXml"/> does not look for.
/// Finds the one element with that <c>wsu:Id</c>, and none when two carry it (signature wrapping). Used for the IDWS
/// message signature only; ID cards are verified by <see cref="IdCardVerifier"/> with SignedXml's own lookup.</summary>
internal sealed class WsuIdSignedXml(XmlDocument document) : SignedXml(document)
{
    public override XmlElement? GetIdElement(XmlDocument? document, string idValue)
    {
        if (document?.DocumentElement is null)
        {
            return null;
        }

        XmlElement? found = null;
        var pending = new Stack<XmlElement>();
        pending.Push(document.DocumentElement);
        while (pending.TryPop(out var element))
        {
            if (element.GetAttribute("Id", SosiNamespaces.Wsu) == idValue)
            {
                if (found is not null)
                {
                    return null;
                }

                found = element;
            }

            for (var child = element.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is XmlElement childElement)
                {
                    pending.Push(childElement);
                }
            }
        }

        return found;
    }
}
