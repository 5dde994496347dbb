using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace Nsp.Api.Shared.Security;

/// <summary>
/// Signs an assertion as an STS does: an enveloped XML-DSig <c>ds:Signature</c> with one reference to the assertion's
/// id, transforms enveloped-signature then exc-c14n, exc-c14n for SignedInfo, the certificate in KeyInfo. DGWS cards
/// get the lowercase <c>id="OCESSignature"</c> real cards carry, as the assertion's last child; IDWS tokens get the
/// signature after <c>saml:Issuer</c>, as SAML 2.0 orders it.
/// </summary>
/// <remarks>Written by hand rather than with <see cref="SignedXml.ComputeSignature()"/>, which can only emit the
/// signature in the default namespace; real cards use the <c>ds:</c> prefix, and the prefix is part of what the
/// SignedInfo canonicalization signs. <see cref="IdCardVerifier"/> checks the result with .NET's SignedXml.</remarks>
public static class IdCardSigner
{
    public static void Sign(XmlElement assertion, X509Certificate2 certificate, IdCardSignatureAlgorithm algorithm = IdCardSignatureAlgorithm.RsaSha1)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        bool dgws = assertion.HasAttribute("id");
        string id = dgws ? assertion.GetAttribute("id") : assertion.GetAttribute("ID");
        Sign(assertion, certificate, algorithm, assertion, "#" + id, [SignedXml.XmlDsigEnvelopedSignatureTransformUrl, SignedXml.XmlDsigExcC14NTransformUrl]);
    }

    /// <summary>The general form, for the test STS's malformed cards: <paramref name="referenced"/> is digested with
    /// exc-c14n whatever <paramref name="transforms"/> the reference lists.</summary>
    internal static void Sign(
        XmlElement assertion,
        X509Certificate2 certificate,
        IdCardSignatureAlgorithm algorithm,
        XmlElement referenced,
        string referenceUri,
        IReadOnlyList<string> transforms)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(referenced);
        ArgumentNullException.ThrowIfNull(transforms);
        bool sha1 = algorithm == IdCardSignatureAlgorithm.RsaSha1;
        HashAlgorithmName hashName = sha1 ? HashAlgorithmName.SHA1 : HashAlgorithmName.SHA256;
        using RSA key = certificate.GetRSAPrivateKey() ?? throw new ArgumentException("The certificate has no RSA private key.", nameof(certificate));

        // The digest is taken before the signature is inserted, which is what the enveloped transform restores.
        byte[] digest = Hash(hashName, Canonicalize(referenced));

        XmlDocument document = assertion.OwnerDocument;
        var signature = Ds(document, "Signature");
        var signedInfo = Ds(signature, "SignedInfo");
        Ds(signedInfo, "CanonicalizationMethod").SetAttribute("Algorithm", SignedXml.XmlDsigExcC14NTransformUrl);
        Ds(signedInfo, "SignatureMethod").SetAttribute("Algorithm", sha1 ? SignedXml.XmlDsigRSASHA1Url : SignedXml.XmlDsigRSASHA256Url);
        var reference = Ds(signedInfo, "Reference");
        reference.SetAttribute("URI", referenceUri);
        var transformList = Ds(reference, "Transforms");
        foreach (string transform in transforms)
        {
            Ds(transformList, "Transform").SetAttribute("Algorithm", transform);
        }

        Ds(reference, "DigestMethod").SetAttribute("Algorithm", sha1 ? SignedXml.XmlDsigSHA1Url : SignedXml.XmlDsigSHA256Url);
        Ds(reference, "DigestValue").InnerText = Convert.ToBase64String(digest);
        var signatureValue = Ds(signature, "SignatureValue");
        var x509Data = Ds(Ds(signature, "KeyInfo"), "X509Data");
        Ds(x509Data, "X509Certificate").InnerText = Convert.ToBase64String(certificate.RawData);

        if (assertion.GetNamespaceOfPrefix("ds") != SosiNamespaces.Ds)
        {
            // Canonicalization reads declarations from attributes, so a DOM built in code must state ds explicitly.
            var declaration = document.CreateAttribute("xmlns", "ds", SosiNamespaces.Xmlns);
            declaration.Value = SosiNamespaces.Ds;
            signature.Attributes.Append(declaration);
        }

        if (assertion.HasAttribute("id"))
        {
            signature.SetAttribute("id", "OCESSignature");
            assertion.AppendChild(signature);
        }
        else
        {
            XmlNode? issuer = assertion.GetElementsByTagName("Issuer", SosiNamespaces.Saml) is { Count: > 0 } found ? found[0] : null;
            assertion.InsertAfter(signature, issuer);
        }

        // SignedInfo is canonicalized in place, so the ds declaration it inherits is part of what is signed.
        byte[] signedBytes = Canonicalize(signedInfo);
        signatureValue.InnerText = Convert.ToBase64String(key.SignData(signedBytes, hashName, RSASignaturePadding.Pkcs1));
    }

    /// <summary>Exclusive canonicalization of an element in its document context (its inherited namespace
    /// declarations are copied onto a standalone copy; exc-c14n emits only those visibly used).</summary>
    internal static byte[] Canonicalize(XmlElement element)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var copy = (XmlElement)document.ImportNode(element, deep: true);
        document.AppendChild(copy);
        for (XmlNode? node = element.ParentNode; node is XmlElement ancestor; node = node.ParentNode)
        {
            foreach (XmlAttribute attribute in ancestor.Attributes)
            {
                if (attribute.NamespaceURI == SosiNamespaces.Xmlns && !copy.HasAttribute(attribute.Name))
                {
                    var declaration = document.CreateAttribute(attribute.Prefix, attribute.LocalName, SosiNamespaces.Xmlns);
                    declaration.Value = attribute.Value;
                    copy.Attributes.Append(declaration);
                }
            }
        }

        var transform = new XmlDsigExcC14NTransform();
        transform.LoadInput(document);
        using var output = (Stream)transform.GetOutput(typeof(Stream));
        using var bytes = new MemoryStream();
        output.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static byte[] Hash(HashAlgorithmName name, byte[] data) =>
        name == HashAlgorithmName.SHA1
#pragma warning disable CA5350 // The federation signs with SHA-1; we must produce what it produces.
            ? SHA1.HashData(data)
#pragma warning restore CA5350
            : SHA256.HashData(data);

    private static XmlElement Ds(XmlDocument document, string localName) => document.CreateElement("ds", localName, SosiNamespaces.Ds);

    private static XmlElement Ds(XmlElement parent, string localName)
    {
        var element = parent.OwnerDocument.CreateElement("ds", localName, SosiNamespaces.Ds);
        parent.AppendChild(element);
        return element;
    }
}
