using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Nsp.Api.Shared.Security;

namespace Nsp.Tests.Integration.Shared.Sts;

/// <summary>
/// A test STS with its own self-signed certificates (one to trust, one never trusted). It issues DGWS cards laid out
/// as real ones (namespaces on soap:Envelope, the card in wsse:Security, <c>ds:Signature id="OCESSignature"</c>,
/// exc-c14n, enveloped) and IDWS tokens, good and bad. Every card comes back re-parsed from its text with
/// <c>PreserveWhitespace</c>, as the gateway would hand it over.
/// </summary>
public sealed class TestSts
{
    // RSA 2048 key generation is slow; the certificates are shared by every test in the process.
    private static readonly Lazy<X509Certificate2> TrustedCertificate = new(() => CreateCertificate("CN=TEST1-NSP-STS, O=Test STS, C=DK"));
    private static readonly Lazy<X509Certificate2> UntrustedCertificate = new(() => CreateCertificate("CN=Forged STS, O=Nobody, C=DK"));

    public const string IssuerName = "TEST1-NSP-STS";
    public const string Cvr = "25450442";
    public const string OrganisationName = "Testorganisation A/S";
    public const string SystemName = "Testsystem";
    public const string UserCpr = "0101801234";

    private readonly TimeProvider _clock;

    public TestSts(TimeProvider clock)
    {
        _clock = clock;
    }

    /// <summary>The STS certificate the verifier is configured to trust (with its private key).</summary>
    public static X509Certificate2 Trusted => TrustedCertificate.Value;

    /// <summary>A certificate no verifier trusts.</summary>
    public static X509Certificate2 Untrusted => UntrustedCertificate.Value;

    /// <summary>Trust holding only the public certificate of <see cref="Trusted"/>, as an operator's file would.</summary>
    public static TrustedStsCertificates Trust() => new([X509CertificateLoader.LoadCertificate(Trusted.RawData)]);

    public IdCardIssueRequest SystemRequest(TimeSpan? validFrom = null, TimeSpan? lifetime = null)
    {
        var notBefore = Whole(_clock.GetUtcNow() + (validFrom ?? TimeSpan.FromMinutes(-1)));
        return new IdCardIssueRequest
        {
            Kind = IdCardKind.System,
            Issuer = IssuerName,
            NotBefore = notBefore,
            NotOnOrAfter = notBefore + (lifetime ?? TimeSpan.FromHours(24)),
            AuthenticationLevel = 3,
            OcesCertHash = "c2FtcGxlLWhhc2g=",
            ItSystemName = SystemName,
            CareProviderId = Cvr,
            CareProviderName = OrganisationName,
        };
    }

    public IdCardIssueRequest UserRequest() => SystemRequest() with
    {
        Kind = IdCardKind.User,
        AuthenticationLevel = 4,
        UserCpr = UserCpr,
        UserGivenName = "Jens",
        UserSurName = "Hansen",
        UserEmailAddress = "jens@example.dk",
        UserRole = "7170",
        UserAuthorizationCode = "ABC12",
        UserOccupation = "Overlæge",
    };

    public XmlElement ValidSystemCard(IdCardSignatureAlgorithm algorithm = IdCardSignatureAlgorithm.RsaSha1) => SignedCard(SystemRequest(), algorithm);

    public XmlElement ValidUserCard() => SignedCard(UserRequest());

    /// <summary>Signed correctly with whatever <paramref name="request"/> states.</summary>
    public static XmlElement SignedCard(IdCardIssueRequest request, IdCardSignatureAlgorithm algorithm = IdCardSignatureAlgorithm.RsaSha1)
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(request);
        IdCardSigner.Sign(assertion, Trusted, algorithm);
        return Reparse(assertion);
    }

    public XmlElement Expired() => SignedCard(SystemRequest(validFrom: TimeSpan.FromHours(-25)));

    public XmlElement NotYetValid() => SignedCard(SystemRequest(validFrom: TimeSpan.FromHours(1)));

    public XmlElement UnsignedCard() => Reparse(DgwsIdCardWriter.CreateEnvelope(SystemRequest()));

    public XmlElement WronglySigned()
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(SystemRequest());
        IdCardSigner.Sign(assertion, Untrusted);
        return Reparse(assertion);
    }

    /// <summary>Signed, then the CareProviderID changed (the attacker's own CVR).</summary>
    public XmlElement Tampered() => Edit(ValidSystemCard(), card =>
    {
        var value = Attribute(card, "medcom:CareProviderID");
        value.InnerText = "11111111";
    });

    /// <summary>A level-3 system card with a required attribute left out.</summary>
    public XmlElement MissingAttribute(string name)
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(SystemRequest());
        var attribute = (XmlElement)Attribute(assertion, name).ParentNode!;
        attribute.ParentNode!.RemoveChild(attribute);
        IdCardSigner.Sign(assertion, Trusted);
        return Reparse(assertion);
    }

    /// <summary>A correct signature, but its one reference points at <c>#IDCardData</c> (the attribute statement)
    /// with that element's right digest: SignedXml alone would accept it.</summary>
    public XmlElement WrongReferenceUri()
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(SystemRequest());
        var statement = (XmlElement)assertion.GetElementsByTagName("AttributeStatement", SosiNamespaces.Saml)[0]!;
        IdCardSigner.Sign(
            assertion,
            Trusted,
            IdCardSignatureAlgorithm.RsaSha1,
            statement,
            "#IDCardData",
            [SignedXml.XmlDsigEnvelopedSignatureTransformUrl, SignedXml.XmlDsigExcC14NTransformUrl]);
        return Reparse(assertion);
    }

    /// <summary>A correct signature whose reference lists exc-c14n twice (harmless to the digest, so only the
    /// transform rule refuses it).</summary>
    public XmlElement ExtraTransform()
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(SystemRequest());
        IdCardSigner.Sign(
            assertion,
            Trusted,
            IdCardSignatureAlgorithm.RsaSha1,
            assertion,
            "#IDCard",
            [SignedXml.XmlDsigEnvelopedSignatureTransformUrl, SignedXml.XmlDsigExcC14NTransformUrl, SignedXml.XmlDsigExcC14NTransformUrl]);
        return Reparse(assertion);
    }

    /// <summary>Signature wrapping: a forged card (the attacker's CVR, the genuine signature copied in) comes first in
    /// wsse:Security with id="IDCard"; the genuine card, also id="IDCard", is hidden after it in a wrapper element.
    /// Returns the forged assertion, which is what a gateway takes as "the" card.</summary>
    public XmlElement Wrapped()
    {
        var genuine = DgwsIdCardWriter.CreateEnvelope(SystemRequest());
        IdCardSigner.Sign(genuine, Trusted);
        var document = genuine.OwnerDocument;
        var security = (XmlElement)genuine.ParentNode!;

        var forged = (XmlElement)genuine.CloneNode(deep: true);
        Attribute(forged, "medcom:CareProviderID").InnerText = "11111111";
        var wrapper = document.CreateElement("wsse", "Extension", SosiNamespaces.Wsse);
        security.RemoveChild(genuine);
        wrapper.AppendChild(genuine);
        security.AppendChild(forged);
        security.AppendChild(wrapper);
        return Reparse(forged);
    }

    /// <summary>The same card twice in wsse:Security: two elements with id="IDCard". Returns the first.</summary>
    public XmlElement DuplicatedId()
    {
        var genuine = DgwsIdCardWriter.CreateEnvelope(SystemRequest());
        IdCardSigner.Sign(genuine, Trusted);
        genuine.ParentNode!.AppendChild(genuine.CloneNode(deep: true));
        return Reparse(genuine);
    }

    /// <summary>An IDWS (OIOSAML 2.0) holder-of-key token for a citizen: only the citizen's CPR.</summary>
    public XmlElement IdwsCitizenToken(string cpr = "0202904321") =>
        IdwsToken(
            "_" + Guid.NewGuid().ToString("N"),
            [(IdwsAttributeNames.CprNumber, cpr), (IdwsAttributeNames.AssuranceLevel, "3"), (IdwsAttributeNames.SpecVersion, "DK-SAML-2.0")]);

    /// <summary>An IDWS token for a health professional acting for an organisation.</summary>
    public XmlElement IdwsProfessionalToken() =>
        IdwsToken(
            "_" + Guid.NewGuid().ToString("N"),
            [
                (IdwsAttributeNames.CprNumber, UserCpr),
                (IdwsAttributeNames.CvrNumber, Cvr),
                (IdwsAttributeNames.OrganisationName, OrganisationName),
                (IdwsAttributeNames.UserGivenName, "Jens"),
                (IdwsAttributeNames.UserSurName, "Hansen"),
                (IdwsAttributeNames.UserAuthorizationCode, "ABC12"),
                (IdwsAttributeNames.UserEducationCode, "7170"),
                (IdwsAttributeNames.ItSystemName, SystemName),
                (IdwsAttributeNames.AssuranceLevel, "4"),
            ]);

    /// <summary>An IDWS token whose signature references another ID than the assertion's own.</summary>
    public XmlElement IdwsTokenReferencingOtherId()
    {
        var assertion = IdwsAssertion("_token", [(IdwsAttributeNames.CprNumber, "0202904321"), (IdwsAttributeNames.AssuranceLevel, "3")]);
        var subject = (XmlElement)assertion.GetElementsByTagName("Subject", SosiNamespaces.Saml)[0]!;
        subject.SetAttribute("ID", "_subject");
        IdCardSigner.Sign(
            assertion,
            Trusted,
            IdCardSignatureAlgorithm.RsaSha256,
            subject,
            "#_subject",
            [SignedXml.XmlDsigEnvelopedSignatureTransformUrl, SignedXml.XmlDsigExcC14NTransformUrl]);
        return Reparse(assertion);
    }

    /// <summary>Re-parses a card's whole document from its text and returns the element at the same place.</summary>
    public static XmlElement Reparse(XmlElement assertion)
    {
        string path = PathOf(assertion);
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(assertion.OwnerDocument.OuterXml);
        return Find(document, path);
    }

    /// <summary>Changes a parsed card in place after signing, in a fresh copy of its document.</summary>
    public static XmlElement Edit(XmlElement assertion, Action<XmlElement> change)
    {
        var copy = Reparse(assertion);
        change(copy);
        return copy;
    }

    public static XmlElement Attribute(XmlElement assertion, string name)
    {
        foreach (XmlElement attribute in assertion.GetElementsByTagName("Attribute", SosiNamespaces.Saml))
        {
            if (attribute.GetAttribute("Name") == name)
            {
                return (XmlElement)attribute.GetElementsByTagName("AttributeValue", SosiNamespaces.Saml)[0]!;
            }
        }

        throw new ArgumentException($"The card has no attribute {name}.", nameof(name));
    }

    private XmlElement IdwsToken(string id, IReadOnlyList<(string Name, string Value)> attributes)
    {
        var assertion = IdwsAssertion(id, attributes);
        IdCardSigner.Sign(assertion, Trusted, IdCardSignatureAlgorithm.RsaSha256);
        return Reparse(assertion);
    }

    /// <summary>SOAP 1.1 with WS-Addressing and wsse:Security holding a SAML 2.0 assertion (namespaces declared on the
    /// assertion itself, as an STS issues it standalone).</summary>
    private XmlElement IdwsAssertion(string id, IReadOnlyList<(string Name, string Value)> attributes)
    {
        var now = Whole(_clock.GetUtcNow());
        string notBefore = DgwsIdCardWriter.Zulu(now.AddMinutes(-1));
        string notOnOrAfter = DgwsIdCardWriter.Zulu(now.AddHours(8));
        string statements = string.Concat(attributes.Select(a =>
            $"<saml:Attribute Name=\"{a.Name}\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:basic\"><saml:AttributeValue>{a.Value}</saml:AttributeValue></saml:Attribute>"));
        string xml =
            $"""
            <soap:Envelope xmlns:soap="{SosiNamespaces.Soap}" xmlns:wsa="http://www.w3.org/2005/08/addressing" xmlns:wsse="{SosiNamespaces.Wsse}">
              <soap:Header>
                <wsa:Action>http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#GetOrganDonorRegistration_2018_05_01</wsa:Action>
                <wsa:MessageID>urn:uuid:{Guid.NewGuid()}</wsa:MessageID>
                <wsse:Security>
                  <saml:Assertion xmlns:saml="{SosiNamespaces.Saml}" xmlns:ds="{SosiNamespaces.Ds}" ID="{id}" IssueInstant="{notBefore}" Version="2.0">
                    <saml:Issuer>https://sts.test.example/idws</saml:Issuer>
                    <saml:Subject>
                      <saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">subject-1</saml:NameID>
                      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:holder-of-key">
                        <saml:SubjectConfirmationData><ds:KeyInfo><ds:X509Data><ds:X509Certificate>{Convert.ToBase64String(Untrusted.RawData)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></saml:SubjectConfirmationData>
                      </saml:SubjectConfirmation>
                    </saml:Subject>
                    <saml:Conditions NotBefore="{notBefore}" NotOnOrAfter="{notOnOrAfter}"><saml:AudienceRestriction><saml:Audience>https://odr.example</saml:Audience></saml:AudienceRestriction></saml:Conditions>
                    <saml:AttributeStatement>{statements}</saml:AttributeStatement>
                  </saml:Assertion>
                </wsse:Security>
              </soap:Header>
              <soap:Body/>
            </soap:Envelope>
            """;
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        return (XmlElement)document.GetElementsByTagName("Assertion", SosiNamespaces.Saml)[0]!;
    }

    private static DateTimeOffset Whole(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static X509Certificate2 CreateCertificate(string subject)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddYears(-1), now.AddYears(5));
    }

    // A path of child-element indexes from the document element, to find "the same" element after re-parsing.
    private static string PathOf(XmlElement element)
    {
        var indexes = new List<int>();
        for (XmlNode node = element; node.ParentNode is XmlElement parent; node = parent)
        {
            indexes.Insert(0, parent.ChildNodes.Cast<XmlNode>().TakeWhile(n => n != node).Count());
        }

        return string.Join('/', indexes);
    }

    private static XmlElement Find(XmlDocument document, string path)
    {
        XmlNode node = document.DocumentElement!;
        foreach (string index in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.ChildNodes[int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return (XmlElement)node;
    }
}
