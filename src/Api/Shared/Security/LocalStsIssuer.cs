using System.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;

namespace Nsp.Api.Shared.Security;

/// <summary>
/// The embedded default's development STS (<c>nsp.sts.federation=local</c>): a self-signed RSA 2048 certificate and
/// its private key, created as PEM files in a directory on first start and reused afterwards, trusted only in local
/// mode. It issues signed DGWS cards and IDWS citizen tokens, e.g. for the "print a sample request" command. A
/// citizen token names a holder-of-key certificate whose key pair (the sample citizen's, as sundhed.dk would hold it)
/// is kept beside the STS's own and created on first use, so a host that never issues one never makes it.
/// </summary>
public sealed class LocalStsIssuer : IDisposable
{
    public const string IssuerName = "LOCAL-NSP-STS";
    public const string CertificateFileName = "sts-certificate.pem";
    public const string PrivateKeyFileName = "sts-private-key.pem";
    public const string HolderOfKeyCertificateFileName = "citizen-holder-of-key-certificate.pem";
    public const string HolderOfKeyPrivateKeyFileName = "citizen-holder-of-key-private-key.pem";

    private readonly TimeProvider _timeProvider;
    private readonly Lazy<X509Certificate2> _holderOfKey;

    private LocalStsIssuer(X509Certificate2 certificate, string directory, TimeProvider timeProvider)
    {
        Certificate = certificate;
        _timeProvider = timeProvider;
        _holderOfKey = new Lazy<X509Certificate2>(() => CreateOrLoadPair(
            directory, HolderOfKeyCertificateFileName, HolderOfKeyPrivateKeyFileName, "CN=Local sample citizen, O=Local development, C=DK", timeProvider));
    }

    /// <summary>The STS certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Loads the key pair from <paramref name="directory"/> (e.g. <c>&lt;data dir&gt;/local-sts</c>), creating
    /// it there first if it is not there yet.</summary>
    public static LocalStsIssuer CreateOrLoad(string directory, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var certificate = CreateOrLoadPair(directory, CertificateFileName, PrivateKeyFileName, $"CN={IssuerName}, O=Local development, C=DK", timeProvider);
        return new LocalStsIssuer(certificate, directory, timeProvider);
    }

    /// <summary>The certificate, with its private key, that citizen tokens name as holder-of-key: who sends a citizen
    /// token signs the message with it.</summary>
    public X509Certificate2 CitizenHolderOfKey => _holderOfKey.Value;

    /// <summary>A signed system card (level 3) valid from now for <paramref name="lifetime"/> (default 24 hours, as
    /// the federation issues them), inside <c>soap:Envelope/soap:Header/wsse:Security</c> with an empty Body.</summary>
    public XmlElement IssueSystemCard(string careProviderCvr, string careProviderName, string itSystemName, TimeSpan? lifetime = null) =>
        Issue(Request(IdCardKind.System, lifetime) with
        {
            AuthenticationLevel = 3,
            CareProviderId = careProviderCvr,
            CareProviderName = careProviderName,
            ItSystemName = itSystemName,
        });

    /// <summary>A signed user card (level 4) for a professional; see <see cref="IssueSystemCard"/>.
    /// <paramref name="authorizationCode"/> makes the user an authorised health professional (ODR's access matrix).</summary>
    public XmlElement IssueUserCard(
        string userCpr,
        string givenName,
        string surName,
        string careProviderCvr,
        string careProviderName,
        string itSystemName,
        TimeSpan? lifetime = null,
        string? authorizationCode = null) =>
        Issue(Request(IdCardKind.User, lifetime) with
        {
            AuthenticationLevel = 4,
            UserAuthorizationCode = authorizationCode,
            UserCpr = userCpr,
            UserGivenName = givenName,
            UserSurName = surName,
            CareProviderId = careProviderCvr,
            CareProviderName = careProviderName,
            ItSystemName = itSystemName,
        });

    /// <summary>Signs a card stating exactly <paramref name="request"/>; returns the assertion, whose
    /// <c>OwnerDocument</c> is the envelope.</summary>
    public XmlElement Issue(IdCardIssueRequest request)
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(request);
        IdCardSigner.Sign(assertion, Certificate);
        return assertion;
    }

    /// <summary>A signed IDWS (OIOSAML 2.0) holder-of-key token for the citizen <paramref name="cpr"/> (assurance level
    /// 3, only the CPR, as a citizen's token from sundhed.dk), naming <see cref="CitizenHolderOfKey"/>, valid from now
    /// for <paramref name="lifetime"/> (default 8 hours). Returns the assertion, standalone in its own document.</summary>
    public XmlElement IssueCitizenToken(string cpr, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cpr);
        var validity = Request(IdCardKind.Citizen, lifetime ?? TimeSpan.FromHours(8));
        string notBefore = DgwsIdCardWriter.Zulu(validity.NotBefore);
        string attributes = string.Concat(new[]
        {
            (IdwsAttributeNames.CprNumber, cpr),
            (IdwsAttributeNames.AssuranceLevel, "3"),
            (IdwsAttributeNames.SpecVersion, "DK-SAML-2.0"),
        }.Select(a => $"<saml:Attribute Name=\"{a.Item1}\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:basic\"><saml:AttributeValue>{SecurityElement.Escape(a.Item2)}</saml:AttributeValue></saml:Attribute>"));
        string xml =
            $"<saml:Assertion xmlns:saml=\"{SosiNamespaces.Saml}\" xmlns:ds=\"{SosiNamespaces.Ds}\" ID=\"_{Guid.NewGuid():N}\" IssueInstant=\"{notBefore}\" Version=\"2.0\">" +
            $"<saml:Issuer>{IssuerName}</saml:Issuer>" +
            "<saml:Subject><saml:NameID Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:persistent\">local-sample-citizen</saml:NameID>" +
            "<saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:holder-of-key\"><saml:SubjectConfirmationData><ds:KeyInfo><ds:X509Data>" +
            $"<ds:X509Certificate>{Convert.ToBase64String(CitizenHolderOfKey.RawData)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></saml:SubjectConfirmationData></saml:SubjectConfirmation></saml:Subject>" +
            $"<saml:Conditions NotBefore=\"{notBefore}\" NotOnOrAfter=\"{DgwsIdCardWriter.Zulu(validity.NotOnOrAfter)}\"/>" +
            $"<saml:AttributeStatement>{attributes}</saml:AttributeStatement></saml:Assertion>";
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(xml);
        IdCardSigner.Sign(document.DocumentElement!, Certificate, IdCardSignatureAlgorithm.RsaSha256);
        return document.DocumentElement!;
    }

    public void Dispose()
    {
        Certificate.Dispose();
        if (_holderOfKey.IsValueCreated)
        {
            _holderOfKey.Value.Dispose();
        }
    }

    private IdCardIssueRequest Request(IdCardKind kind, TimeSpan? lifetime)
    {
        // Whole seconds, as DGWS timestamps have no fractions.
        var now = _timeProvider.GetUtcNow();
        var notBefore = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return new IdCardIssueRequest
        {
            Kind = kind,
            NotBefore = notBefore,
            NotOnOrAfter = notBefore + (lifetime ?? TimeSpan.FromHours(24)),
        };
    }

    private static X509Certificate2 CreateOrLoadPair(string directory, string certificateFile, string keyFile, string subject, TimeProvider timeProvider)
    {
        string certificatePath = Path.Combine(directory, certificateFile);
        string keyPath = Path.Combine(directory, keyFile);
        if (!File.Exists(certificatePath) || !File.Exists(keyPath))
        {
            Create(directory, certificatePath, keyPath, subject, timeProvider.GetUtcNow());
        }

        return X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
    }

    private static void Create(string directory, string certificatePath, string keyPath, string subject, DateTimeOffset now)
    {
        Directory.CreateDirectory(directory);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));

        // The key first, readable by the owner only; the certificate last, so a half-written pair is recreated.
        WritePrivate(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
    }

    private static void WritePrivate(string path, string pem)
    {
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, pem);
            return;
        }

        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
        using var writer = new StreamWriter(stream);
        writer.Write(pem);
    }
}
