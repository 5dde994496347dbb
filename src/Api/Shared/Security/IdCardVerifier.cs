using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Nsp.Application.Shared.Security;

namespace Nsp.Api.Shared.Security;

/// <summary>
/// Verifies a DGWS ID card or IDWS token and turns it into a <see cref="SecurityContext"/>. The signature is checked
/// with a trusted STS certificate's public key only; verified cards are cached by our own hash of their bytes, so a
/// card reused for many calls is verified once, while its validity window and the operation's requirements are
/// checked on every call. Thread-safe; one instance per process.
/// </summary>
public sealed class IdCardVerifier
{
    public const int DefaultCacheCapacity = 10_000;

    private const string EnvelopedSignature = SignedXml.XmlDsigEnvelopedSignatureTransformUrl;
    private const string ExclusiveC14N = SignedXml.XmlDsigExcC14NTransformUrl;

    private readonly TrustedStsCertificates _trusted;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _clockSkew;
    private readonly VerifiedIdCardCache _cache;
    private long _signatureVerifications;

    public IdCardVerifier(TrustedStsCertificates trusted, TimeProvider timeProvider, TimeSpan clockSkew, int cacheCapacity = DefaultCacheCapacity)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(clockSkew, TimeSpan.Zero);
        _trusted = trusted;
        _timeProvider = timeProvider;
        _clockSkew = clockSkew;
        _cache = new VerifiedIdCardCache(cacheCapacity);
    }

    /// <summary><c>nsp.sts.clock.skew</c>: how far apart the STS's, the client's and our clocks may be.</summary>
    public TimeSpan ClockSkew => _clockSkew;

    /// <summary>Now, by the clock the cards are judged by.</summary>
    public DateTimeOffset Now => _timeProvider.GetUtcNow();

    /// <summary>How many signatures have been checked (cache misses that got as far as the RSA check).</summary>
    public long SignatureVerifications => Interlocked.Read(ref _signatureVerifications);

    public int CachedCards => _cache.Count;

    /// <summary>Verifies the card and returns the caller's identity with the gateway's SOAP header values.</summary>
    /// <param name="assertion">The <c>saml:Assertion</c> inside <c>wsse:Security</c>, in the document the gateway
    /// parsed (with <c>PreserveWhitespace = true</c>); the whole document is searched for duplicate ids.</param>
    /// <exception cref="IdCardRejectedException">The card is refused; <see cref="IdCardRejectedException.FaultCode"/>
    /// is the DGWS fault code.</exception>
    public SecurityContext VerifyToSecurityContext(XmlElement assertion, IdCardRequirements requirements, SoapHeaderValues? soapHeaders = null) =>
        Verify(assertion, requirements).ToSecurityContext(soapHeaders);

    /// <inheritdoc cref="VerifyToSecurityContext"/>
    public IdCard Verify(XmlElement assertion, IdCardRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        IdCardParser.RequireAssertion(assertion);

        // The message's structure is checked on every call, cached card or not: only the signature check is cached.
        (IdCardFormat format, string id) = IdCardParser.AssertionIdOf(assertion);
        RequireOnlyElementWithId(assertion, id);
        DateTimeOffset now = _timeProvider.GetUtcNow();
        var key = IdCardCacheKey.Of(assertion);
        if (!_cache.TryGet(key, out IdCard card))
        {
            card = VerifySignatureAndParse(assertion, format, id, now, out DateTimeOffset certificateNotAfter);
            DateTimeOffset cardEnd = card.NotOnOrAfter < certificateNotAfter ? card.NotOnOrAfter : certificateNotAfter;
            _cache.Add(key, card, cardEnd + _clockSkew, now);
        }
        else if (card.SignerNotAfter is { } signerNotAfter && now > signerNotAfter)
        {
            // Cached while its STS certificate was valid; that certificate has since expired.
            _cache.Remove(key);
            throw Certificate();
        }

        if (!card.IsValidAt(now, _clockSkew))
        {
            if (now - _clockSkew >= card.NotOnOrAfter)
            {
                _cache.Remove(key);
            }

            throw new IdCardRejectedException(
                DgwsFaultCodes.ExpiredIdCard,
                "The ID card is not valid now: it must hold NotBefore <= now < NotOnOrAfter (with the allowed clock skew).");
        }

        CheckRequirements(card, requirements);
        return card;
    }

    private static void CheckRequirements(IdCard card, IdCardRequirements requirements)
    {
        bool typeAccepted = requirements.CardType switch
        {
            IdCardTypeRequirement.System => card.Kind == IdCardKind.System,
            IdCardTypeRequirement.User => card.Kind == IdCardKind.User,
            _ => true,
        };
        if (!typeAccepted)
        {
            throw new IdCardRejectedException(
                DgwsFaultCodes.SecurityLevelFailed,
                requirements.CardType == IdCardTypeRequirement.System
                    ? "This operation requires a system ID card."
                    : "This operation requires a user ID card.");
        }

        if (card.AuthenticationLevel < requirements.MinimumAuthenticationLevel)
        {
            throw new IdCardRejectedException(
                DgwsFaultCodes.SecurityLevelFailed,
                $"This operation requires authentication level {requirements.MinimumAuthenticationLevel} or higher.");
        }
    }

    /// <summary>Trap 2 (signature wrapping): the id the signature points at must name this assertion and nothing else
    /// in the message.</summary>
    private static void RequireOnlyElementWithId(XmlElement assertion, string id)
    {
        if (CountElementsWithId(TopmostElement(assertion), id) != 1)
        {
            throw Signature("Exactly one element of the message may carry the ID card's id.");
        }
    }

    private IdCard VerifySignatureAndParse(XmlElement assertion, IdCardFormat format, string id, DateTimeOffset now, out DateTimeOffset certificateNotAfter)
    {
        XmlElement copy = CopyWithNamespaceContext(assertion);
        XmlElement signatureElement = SingleSignature(copy);

        // Trap 1: DGWS cards carry ds:Signature id="OCESSignature" (lowercase), which SignedXml.LoadXml refuses. It lies
        // outside the signed content (SignedInfo), so dropping it from our copy changes nothing that is verified.
        signatureElement.RemoveAttribute("id");

        var signedXml = new SignedXml(copy.OwnerDocument);
        try
        {
            signedXml.LoadXml(signatureElement);
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            // LoadXml decodes SignatureValue, DigestValue and X509Certificate: invalid base64 is a FormatException.
            throw Signature("The ID card's signature is malformed.");
        }

        CheckSignedInfo(signedXml.SignedInfo!, format, id);
        var trusted = TrustedCertificateOf(signatureElement);
        if (!TrustedStsCertificates.IsValidAt(trusted, now))
        {
            throw Certificate();
        }

        certificateNotAfter = TrustedStsCertificates.NotAfterOf(trusted);
        using RSA publicKey = trusted.GetRSAPublicKey() ?? throw Certificate();

        bool valid;
        Interlocked.Increment(ref _signatureVerifications);
        try
        {
            valid = signedXml.CheckSignature(publicKey);
        }
        catch (CryptographicException)
        {
            valid = false;
        }

        if (!valid)
        {
            throw Signature("The ID card's signature does not match its content.");
        }

        // The element the signature covers must be the very assertion we read (in our copy, the document element).
        if (!ReferenceEquals(signedXml.GetIdElement(copy.OwnerDocument, id), copy))
        {
            throw Signature("The ID card's signature does not cover the ID card.");
        }

        return IdCardParser.Parse(copy) with { SignerNotAfter = certificateNotAfter };
    }

    private static void CheckSignedInfo(SignedInfo signedInfo, IdCardFormat format, string id)
    {
        if (signedInfo.CanonicalizationMethod != ExclusiveC14N)
        {
            throw Signature("The ID card's signature must use exclusive canonicalization.");
        }

        if (signedInfo.SignatureMethod is not (SignedXml.XmlDsigRSASHA1Url or SignedXml.XmlDsigRSASHA256Url))
        {
            throw Signature("The ID card's signature method must be rsa-sha1 or rsa-sha256.");
        }

        if (signedInfo.References.Count != 1 || signedInfo.References[0] is not Reference reference)
        {
            throw Signature("The ID card's signature must have exactly one reference.");
        }

        if (reference.Uri != "#" + id)
        {
            throw Signature(format == IdCardFormat.Dgws
                ? "The ID card's signature must reference #IDCard."
                : "The token's signature must reference the assertion's own ID.");
        }

        if (reference.DigestMethod is not (SignedXml.XmlDsigSHA1Url or SignedXml.XmlDsigSHA256Url))
        {
            throw Signature("The ID card's digest method must be sha1 or sha256.");
        }

        TransformChain transforms = reference.TransformChain;
        if (transforms.Count != 2 || transforms[0].Algorithm != EnvelopedSignature || transforms[1].Algorithm != ExclusiveC14N)
        {
            throw Signature("The ID card's signature must have exactly the enveloped-signature and exclusive canonicalization transforms.");
        }
    }

    /// <summary>The trusted certificate equal to the one certificate in the signature's KeyInfo. The message's key is
    /// only compared, never used.</summary>
    private X509Certificate2 TrustedCertificateOf(XmlElement signature)
    {
        XmlElement? found = null;
        foreach (XmlNode node in signature.GetElementsByTagName("X509Certificate", SosiNamespaces.Ds))
        {
            if (found is not null)
            {
                throw Certificate();
            }

            found = (XmlElement)node;
        }

        if (found is null)
        {
            throw Certificate();
        }

        byte[] raw;
        try
        {
            raw = Convert.FromBase64String(found.InnerText);
        }
        catch (FormatException)
        {
            throw Certificate();
        }

        return _trusted.FindByRawData(raw) ?? throw Certificate();
    }

    private static XmlElement SingleSignature(XmlElement copy)
    {
        XmlElement? signature = null;
        for (XmlNode? node = copy.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is XmlElement { LocalName: "Signature", NamespaceURI: SosiNamespaces.Ds } element)
            {
                if (signature is not null)
                {
                    throw Signature("The ID card has more than one signature.");
                }

                signature = element;
            }
        }

        return signature ?? throw Signature("The ID card is not signed.");
    }

    /// <summary>A deep copy of the assertion as its own document, carrying the namespace declarations it inherits from
    /// the envelope: exclusive canonicalization then yields the same bytes as in the message.</summary>
    private static XmlElement CopyWithNamespaceContext(XmlElement assertion)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var copy = (XmlElement)document.ImportNode(assertion, deep: true);
        document.AppendChild(copy);
        for (XmlNode? node = assertion.ParentNode; node is XmlElement ancestor; node = node.ParentNode)
        {
            foreach (XmlAttribute attribute in ancestor.Attributes)
            {
                // The nearest declaration of a prefix wins, as in the message.
                if (attribute.NamespaceURI == SosiNamespaces.Xmlns && !copy.HasAttribute(attribute.Name))
                {
                    var declaration = document.CreateAttribute(attribute.Prefix, attribute.LocalName, SosiNamespaces.Xmlns);
                    declaration.Value = attribute.Value;
                    copy.Attributes.Append(declaration);
                }
            }
        }

        return copy;
    }

    private static XmlElement TopmostElement(XmlElement element)
    {
        while (element.ParentNode is XmlElement parent)
        {
            element = parent;
        }

        return element;
    }

    /// <summary>Walks the elements in document order by their links (no stack, no enumerators): this runs on every
    /// call, cached card or not, and the reader's depth limit keeps the walk short.</summary>
    private static int CountElementsWithId(XmlElement root, string id)
    {
        int count = 0;
        XmlNode? node = root;
        while (node is not null)
        {
            if (node is XmlElement { HasAttributes: true } element && HasId(element.Attributes, id))
            {
                count++;
            }

            node = node is XmlElement && node.FirstChild is { } child ? child : NextAfter(node, root);
        }

        return count;
    }

    private static bool HasId(XmlAttributeCollection attributes, string id)
    {
        for (int i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            if (attribute.LocalName is "id" or "ID" or "Id" && attribute.Value == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next node in document order that is not inside <paramref name="node"/>, staying within
    /// <paramref name="root"/>.</summary>
    private static XmlNode? NextAfter(XmlNode node, XmlNode root)
    {
        for (XmlNode? current = node; current is not null && !ReferenceEquals(current, root); current = current.ParentNode)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    private static IdCardRejectedException Signature(string message) => new(DgwsFaultCodes.InvalidSignature, message);

    private static IdCardRejectedException Certificate() =>
        new(DgwsFaultCodes.InvalidCertificate, "The ID card is not signed with the certificate of a trusted STS that is valid now.");
}
