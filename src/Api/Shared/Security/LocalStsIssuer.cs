using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml;

namespace Nsp.Api.Shared.Security;

/// <summary>
/// The embedded default's development STS (<c>nsp.sts.federation=local</c>): a self-signed RSA 2048 certificate and
/// its private key, created as PEM files in a directory on first start and reused afterwards, trusted only in local
/// mode. It issues signed DGWS cards, e.g. for the "print a sample request" command.
/// </summary>
public sealed class LocalStsIssuer : IDisposable
{
    public const string IssuerName = "LOCAL-NSP-STS";
    public const string CertificateFileName = "sts-certificate.pem";
    public const string PrivateKeyFileName = "sts-private-key.pem";

    private readonly TimeProvider _timeProvider;

    private LocalStsIssuer(X509Certificate2 certificate, TimeProvider timeProvider)
    {
        Certificate = certificate;
        _timeProvider = timeProvider;
    }

    /// <summary>The STS certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Loads the key pair from <paramref name="directory"/> (e.g. <c>&lt;data dir&gt;/local-sts</c>), creating
    /// it there first if it is not there yet.</summary>
    public static LocalStsIssuer CreateOrLoad(string directory, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(timeProvider);
        string certificatePath = Path.Combine(directory, CertificateFileName);
        string keyPath = Path.Combine(directory, PrivateKeyFileName);
        if (!File.Exists(certificatePath) || !File.Exists(keyPath))
        {
            Create(directory, certificatePath, keyPath, timeProvider.GetUtcNow());
        }

        return new LocalStsIssuer(X509Certificate2.CreateFromPemFile(certificatePath, keyPath), timeProvider);
    }

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

    public void Dispose() => Certificate.Dispose();

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

    private static void Create(string directory, string certificatePath, string keyPath, DateTimeOffset now)
    {
        Directory.CreateDirectory(directory);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(
            $"CN={IssuerName}, O=Local development, C=DK", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
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
