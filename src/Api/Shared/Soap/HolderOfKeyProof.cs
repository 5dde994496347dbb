using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using Nsp.Api.Shared.Security;

namespace Nsp.Api.Shared.Soap;

/// <summary>
/// IDWS holder-of-key: the message must carry a <c>ds:Signature</c> in <c>wsse:Security</c>, made with the key of the
/// certificate the (already verified) token names, and covering the envelope's Body by its <c>wsu:Id</c>. Without
/// this check anyone holding a copy of a citizen's token could use it.
/// </summary>
internal static class HolderOfKeyProof
{
    public static void Verify(SoapRequestMessage request, IdCard card)
    {
        if (string.IsNullOrEmpty(card.HolderOfKeyCertificate))
        {
            throw Refused("The IDWS token names no holder-of-key certificate.");
        }

        var signature = SoapEnvelopeReader.Child(request.Security!, SosiNamespaces.Ds, "Signature")
            ?? throw Refused("The message is not signed: IDWS requires a signature made with the token's holder-of-key.");

        X509Certificate2 holder;
        try
        {
            holder = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(card.HolderOfKeyCertificate));
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException)
        {
            throw new IdCardRejectedException(SoapFaultCodes.InvalidCertificate, "The IDWS token's holder-of-key certificate cannot be read.");
        }

        using (holder)
        {
            var signedXml = new WsuIdSignedXml(request.Document);
            try
            {
                signedXml.LoadXml(signature);
            }
            catch (CryptographicException)
            {
                throw Refused("The message signature is malformed.");
            }

            using RSA? key = holder.GetRSAPublicKey();
            bool valid;
            try
            {
                valid = key is not null && signedXml.CheckSignature(key);
            }
            catch (CryptographicException)
            {
                valid = false;
            }

            if (!valid)
            {
                throw Refused("The message signature was not made with the IDWS token's holder-of-key.");
            }

            var body = request.Operation.ParentNode;
            bool coversBody = false;
            foreach (Reference reference in signedXml.SignedInfo!.References)
            {
                if (reference.Uri is { Length: > 1 } uri && uri[0] == '#'
                    && ReferenceEquals(signedXml.GetIdElement(request.Document, uri[1..]), body))
                {
                    coversBody = true;
                }
            }

            if (!coversBody)
            {
                throw Refused("The message signature does not cover the Body.");
            }
        }
    }

    private static IdCardRejectedException Refused(string message) => new(SoapFaultCodes.InvalidSignature, message);
}
