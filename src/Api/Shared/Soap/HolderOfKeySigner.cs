using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Nsp.Api.Shared.Security;

namespace Nsp.Api.Shared.Soap;

/// <summary>Signs an IDWS message as its token's holder does: exc-c14n, rsa-sha256, one reference per <c>wsu:Id</c>,
/// the signature appended to <c>wsse:Security</c>. The counterpart of <see cref="HolderOfKeyProof"/>, used by the
/// local sample requests and the tests, so both sign exactly as the gateway checks.</summary>
public static class HolderOfKeySigner
{
    public static void Sign(XmlDocument document, X509Certificate2 signer, IEnumerable<string> signedIds)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(signedIds);
        using RSA key = signer.GetRSAPrivateKey()!;
        var signedXml = new WsuIdSignedXml(document) { SigningKey = key };
        signedXml.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signedXml.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        foreach (var signedId in signedIds)
        {
            var reference = new Reference("#" + signedId) { DigestMethod = SignedXml.XmlDsigSHA256Url };
            reference.AddTransform(new XmlDsigExcC14NTransform());
            signedXml.AddReference(reference);
        }

        signedXml.ComputeSignature();
        var security = document.GetElementsByTagName("Security", SosiNamespaces.Wsse)[0]!;
        security.AppendChild(document.ImportNode(signedXml.GetXml(), deep: true));
    }
}
