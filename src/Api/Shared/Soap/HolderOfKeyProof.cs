using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Nsp.Api.Shared.Security;

namespace Nsp.Api.Shared.Soap;

/// <summary>
/// IDWS holder-of-key: the message must carry a <c>ds:Signature</c> in <c>wsse:Security</c>, made with the key of the
/// certificate the (already verified) token names, covering by <c>wsu:Id</c> the envelope's Body, the
/// <c>wsu:Timestamp</c> in <c>wsse:Security</c> and every WS-Addressing header (wsa:MessageID is required). The
/// Timestamp must be current within the clock skew and younger than the replay guard's maximum age, and the token's
/// MessageID is accepted once (<see cref="IdwsReplayGuard"/>). Without the signature anyone holding a copy of a
/// citizen's token could use it; without the signed Timestamp and MessageID a captured message could be replayed or
/// re-addressed.
/// </summary>
internal static class HolderOfKeyProof
{
    public static void Verify(SoapRequestMessage request, IdCard card, DateTimeOffset now, TimeSpan clockSkew, IdwsReplayGuard replayGuard)
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
            catch (Exception exception) when (exception is CryptographicException or FormatException)
            {
                // LoadXml decodes SignatureValue and DigestValue: invalid base64 is a FormatException.
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

            var covered = new HashSet<XmlElement>(ReferenceEqualityComparer.Instance);
            foreach (Reference reference in signedXml.SignedInfo!.References)
            {
                if (reference.Uri is { Length: > 1 } uri && uri[0] == '#' && signedXml.GetIdElement(request.Document, uri[1..]) is { } element)
                {
                    covered.Add(element);
                }
            }

            RequireCovered(covered, (XmlElement)request.Operation.ParentNode!, "the Body");
            var timestamp = SoapEnvelopeReader.Child(request.Security!, SosiNamespaces.Wsu, "Timestamp")
                ?? throw new SoapFaultException(SoapFaultCodes.MissingRequiredHeader, "IDWS requires a wsu:Timestamp in wsse:Security.");
            RequireCovered(covered, timestamp, "the wsu:Timestamp");
            var created = RequireCurrent(timestamp, now, clockSkew);
            RequireSignedAddressing(request, covered);
            string messageId = request.WsaMessageId
                ?? throw new SoapFaultException(SoapFaultCodes.MissingRequiredHeader, "IDWS requires a non-empty wsa:MessageID.");
            replayGuard.Admit(card.AssertionId, messageId, created, now, clockSkew);
        }
    }

    private static void RequireSignedAddressing(SoapRequestMessage request, HashSet<XmlElement> covered)
    {
        var header = (XmlElement)request.Security!.ParentNode!;
        bool messageId = false;
        foreach (var element in header.ChildNodes.OfType<XmlElement>().Where(e => e.NamespaceURI == SoapNamespaces.Wsa))
        {
            messageId |= element.LocalName == "MessageID";
            RequireCovered(covered, element, "wsa:" + element.LocalName);
        }

        if (!messageId)
        {
            throw new SoapFaultException(SoapFaultCodes.MissingRequiredHeader, "IDWS requires the WS-Addressing header wsa:MessageID.");
        }
    }

    private static DateTimeOffset RequireCurrent(XmlElement timestamp, DateTimeOffset now, TimeSpan clockSkew)
    {
        var created = Instant(timestamp, "Created")
            ?? throw new SoapFaultException(SoapFaultCodes.MissingRequiredHeader, "The wsu:Timestamp has no wsu:Created.");
        if (created - clockSkew > now)
        {
            throw new SoapFaultException(SoapFaultCodes.SecurityLevelFailed, "The message's wsu:Timestamp is created in the future.");
        }

        if (Instant(timestamp, "Expires") is { } expires && now - clockSkew >= expires)
        {
            throw new SoapFaultException(SoapFaultCodes.SecurityLevelFailed, "The message's wsu:Timestamp has expired.");
        }

        return created;
    }

    private static DateTimeOffset? Instant(XmlElement timestamp, string name)
    {
        if (SoapEnvelopeReader.Child(timestamp, SosiNamespaces.Wsu, name) is not { } element)
        {
            return null;
        }

        return DateTimeOffset.TryParse(element.InnerText.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new SoapFaultException(SoapFaultCodes.SyntaxError, $"The wsu:Timestamp's wsu:{name} is not an instant.");
    }

    private static void RequireCovered(HashSet<XmlElement> covered, XmlElement element, string what)
    {
        if (!covered.Contains(element))
        {
            throw Refused($"The message signature does not cover {what}.");
        }
    }

    private static IdCardRejectedException Refused(string message) => new(SoapFaultCodes.InvalidSignature, message);
}
