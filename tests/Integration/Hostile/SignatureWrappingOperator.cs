using System.Xml;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using static Nsp.Tests.Integration.Hostile.HostileDom;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>XML signature wrapping and signature tampering (DESIGN.md 4.1a trap 2): forged copies of the card next to
/// the genuine one, the genuine one moved, a second element with id="IDCard", a second Assertion or wsse:Security, a
/// duplicated ds:Signature, a changed SignedInfo, value or certificate. Forged copies claim
/// <see cref="HostileMaterial.ForgedCvr"/>.</summary>
internal static class SignatureWrappingOperator
{
    private const string HostileNs = "urn:hostile";

    private static readonly string[] Variants =
    [
        "forged-first-genuine-in-extension", "forged-in-security-genuine-in-other-header", "second-id-element", "genuine-moved-out",
        "second-assertion", "second-security", "duplicate-signature", "digest-value", "reference-uri", "algorithms",
        "signature-value", "certificate", "forged-with-genuine-in-object", "id-attribute-forms", "signature-moved-out", "forged-in-place",
    ];

    public static string Apply(HostileMutation mutation, Random random)
    {
        var document = mutation.Document;
        var assertion = Assertion(document);
        string variant = Variants[random.Next(Variants.Length)];
        if (assertion?.ParentNode is not XmlElement security)
        {
            AddIdElement(document, Body(document) ?? document.DocumentElement!, "id");
            return "no card: id=IDCard in Body";
        }

        var signature = Child(assertion, SosiNamespaces.Ds, "Signature");
        switch (variant)
        {
            case "forged-first-genuine-in-extension":
            {
                var forged = Forge(assertion);
                var wrapper = document.CreateElement("wsse", "Extension", SosiNamespaces.Wsse);
                security.ReplaceChild(forged, assertion);
                wrapper.AppendChild(assertion);
                security.AppendChild(wrapper);
                break;
            }

            case "forged-in-security-genuine-in-other-header":
            {
                var forged = Forge(assertion);
                security.ReplaceChild(forged, assertion);
                var other = document.CreateElement("h", "Carrier", HostileNs);
                other.AppendChild(assertion);
                Header(document)?.AppendChild(other);
                break;
            }

            case "second-id-element":
            {
                var places = new[] { Header(document), RequestElement(document), assertion, Body(document) }.Where(e => e is not null).ToArray();
                AddIdElement(document, places[random.Next(places.Length)]!, random.Next(3) switch { 0 => "id", 1 => "ID", _ => "Id" });
                break;
            }

            case "genuine-moved-out":
            {
                security.RemoveChild(assertion);
                var places = new[] { Child(Header(document), SoapNamespaces.Medcom, "Header"), RequestElement(document), Header(document) }
                    .Where(e => e is not null).ToArray();
                var place = places[random.Next(places.Length)]!;
                if (ReferenceEquals(place, Header(document)))
                {
                    var wrapper = document.CreateElement("h", "Carrier", HostileNs);
                    wrapper.AppendChild(assertion);
                    place.AppendChild(wrapper);
                }
                else
                {
                    place.AppendChild(assertion);
                }

                break;
            }

            case "second-assertion":
            {
                var second = random.Next(2) == 0 ? Forge(assertion) : (XmlElement)assertion.CloneNode(deep: true);
                if (random.Next(2) == 0)
                {
                    second.SetAttribute("id", "IDCard2");
                }

                security.InsertBefore(second, random.Next(2) == 0 ? assertion : null);
                break;
            }

            case "second-security":
            {
                var copy = (XmlElement)security.CloneNode(deep: true);
                var copied = Child(copy, SosiNamespaces.Saml, "Assertion");
                if (copied is not null && random.Next(2) == 0)
                {
                    copy.ReplaceChild(Forge(copied), copied);
                }

                security.ParentNode!.InsertBefore(copy, random.Next(2) == 0 ? security : null);
                break;
            }

            case "duplicate-signature":
                if (signature is not null)
                {
                    assertion.InsertAfter(signature.CloneNode(deep: true), signature);
                }

                break;

            case "digest-value":
                Edit(signature, "DigestValue", value => FlipBase64(value, random));
                break;

            case "reference-uri":
            {
                var reference = Descendant(signature, "Reference");
                string[] uris = ["#IDCardData", "", "#xpointer(/)", "http://hostile.invalid/card", "#idcard", "#IDCard #IDCard"];
                reference?.SetAttribute("URI", uris[random.Next(uris.Length)]);
                if (reference is not null && random.Next(3) == 0)
                {
                    reference.ParentNode!.AppendChild(reference.CloneNode(deep: true));
                }

                break;
            }

            case "algorithms":
            {
                string[] canonicalizations = ["http://www.w3.org/TR/2001/REC-xml-c14n-20010315", "http://www.w3.org/2001/10/xml-exc-c14n#WithComments", "urn:hostile"];
                string[] methods = ["http://www.w3.org/2000/09/xmldsig#hmac-sha1", "http://www.w3.org/2001/04/xmldsig-more#rsa-md5", "urn:hostile", ""];
                if (random.Next(2) == 0)
                {
                    Descendant(signature, "CanonicalizationMethod")?.SetAttribute("Algorithm", canonicalizations[random.Next(canonicalizations.Length)]);
                }
                else
                {
                    Descendant(signature, "SignatureMethod")?.SetAttribute("Algorithm", methods[random.Next(methods.Length)]);
                }

                break;
            }

            case "signature-value":
                Edit(signature, "SignatureValue", value => random.Next(3) == 0 ? string.Empty : FlipBase64(value, random));
                break;

            case "certificate":
                Edit(signature, "X509Certificate", value => random.Next(4) switch
                {
                    0 => mutation.Material.UntrustedCertificateBase64,
                    1 => "!!not base64!!",
                    2 => string.Empty,
                    _ => FlipBase64(value, random),
                });
                break;

            case "forged-with-genuine-in-object":
            {
                var forged = Forge(assertion);
                var forgedSignature = Child(forged, SosiNamespaces.Ds, "Signature");
                var holder = document.CreateElement("ds", "Object", SosiNamespaces.Ds);
                security.ReplaceChild(forged, assertion);
                holder.AppendChild(assertion);
                (forgedSignature ?? forged).AppendChild(holder);
                break;
            }

            case "id-attribute-forms":
            {
                var body = Body(document)!;
                string[] names = ["ID", "Id", "id"];
                body.SetAttribute(names[random.Next(names.Length)], "IDCard");
                if (random.Next(2) == 0)
                {
                    var wsuId = document.CreateAttribute("wsu", "Id", SosiNamespaces.Wsu);
                    wsuId.Value = "IDCard";
                    RequestElement(document)?.Attributes.Append(wsuId);
                }

                break;
            }

            case "signature-moved-out":
                if (signature is not null)
                {
                    assertion.RemoveChild(signature);
                    security.AppendChild(signature);
                }

                break;

            default:
                security.ReplaceChild(Forge(assertion), assertion);
                break;
        }

        return variant;
    }

    /// <summary>A copy of the card claiming the forged CVR, the genuine signature kept.</summary>
    private static XmlElement Forge(XmlElement assertion)
    {
        var forged = (XmlElement)assertion.CloneNode(deep: true);
        var cvr = CardAttribute(forged, "medcom:CareProviderID");
        if (cvr is not null)
        {
            cvr.InnerText = HostileMaterial.ForgedCvr;
        }

        return forged;
    }

    private static void AddIdElement(XmlDocument document, XmlElement parent, string attributeName)
    {
        var element = document.CreateElement("h", "Decoy", HostileNs);
        element.SetAttribute(attributeName, SosiNamespaces.DgwsAssertionId);
        parent.AppendChild(element);
    }

    private static XmlElement? Descendant(XmlElement? root, string localName) =>
        root?.GetElementsByTagName(localName, SosiNamespaces.Ds).OfType<XmlElement>().FirstOrDefault();

    private static void Edit(XmlElement? signature, string localName, Func<string, string> change)
    {
        var element = Descendant(signature, localName);
        if (element is not null)
        {
            element.InnerText = change(element.InnerText);
        }
    }

    private static string FlipBase64(string value, Random random)
    {
        if (value.Length == 0)
        {
            return "AAAA";
        }

        var chars = value.ToCharArray();
        int at = random.Next(Math.Min(chars.Length, Math.Max(1, chars.Length - 4)));
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        return new string(chars);
    }
}
