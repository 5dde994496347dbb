using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Security;

/// <summary>
/// The STS certificates whose signatures we accept: those listed in <c>nsp.sts.test.certificates</c> or
/// <c>nsp.sts.production.certificates</c> (by <c>nsp.sts.federation</c>), or the local development STS's own in
/// <c>local</c> mode. A card is trusted only when the certificate it carries is byte for byte one of these; there
/// is no chain building (the OCES roots are not here).
/// </summary>
public sealed class TrustedStsCertificates : IDisposable
{
    private readonly X509Certificate2[] _certificates;

    public TrustedStsCertificates(IEnumerable<X509Certificate2> certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        _certificates = [.. certificates];
        if (_certificates.Length == 0)
        {
            throw new ArgumentException("At least one trusted STS certificate is needed.", nameof(certificates));
        }
    }

    public IReadOnlyList<X509Certificate2> Certificates => _certificates;

    /// <summary>Trust for the configured federation. <paramref name="localIssuer"/> is required, and only used, in
    /// <c>local</c> mode.</summary>
    /// <exception cref="MissingPropertyException">The federation's certificate list is empty.</exception>
    /// <exception cref="InvalidPropertyException">A listed file is missing or is not a PEM or DER certificate.</exception>
    public static TrustedStsCertificates For(NspHostOptions options, LocalStsIssuer? localIssuer)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.StsFederation switch
        {
            StsFederation.Local => new TrustedStsCertificates(
                [X509CertificateLoader.LoadCertificate((localIssuer ?? throw new ArgumentNullException(nameof(localIssuer))).Certificate.RawData)]),
            StsFederation.Test => FromFiles("nsp.sts.test.certificates", "test", options.StsTestCertificates),
            _ => FromFiles("nsp.sts.production.certificates", "production", options.StsProductionCertificates),
        };
    }

    /// <summary>Loads every listed file (PEM, possibly several certificates, or DER).</summary>
    public static TrustedStsCertificates FromFiles(string propertyName, string federation, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string file = NspPropertyFilesConfigurationProvider.RootFileName;
        if (paths.Count == 0)
        {
            throw new MissingPropertyException(
                $"Property '{propertyName}' is required in {file} or environment variable "
                    + $"{NspEnvironmentVariablesConfigurationProvider.ToVariableName(propertyName)} when nsp.sts.federation={federation}: "
                    + "list the trusted STS certificates (PEM or DER files, comma-separated).",
                propertyName,
                file);
        }

        var certificates = new List<X509Certificate2>();
        foreach (string path in paths)
        {
            certificates.AddRange(LoadFile(propertyName, file, path));
        }

        return new TrustedStsCertificates(certificates);
    }

    /// <summary>A trusted certificate signs only within its own validity window.</summary>
    public static bool IsValidAt(X509Certificate2 certificate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return now >= new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero) && now <= NotAfterOf(certificate);
    }

    public static DateTimeOffset NotAfterOf(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
    }

    /// <summary>The configured certificates that are not valid at <paramref name="now"/>: cards they signed are
    /// refused, and start-up warns about them.</summary>
    public IReadOnlyList<X509Certificate2> NotValidAt(DateTimeOffset now) => [.. _certificates.Where(c => !IsValidAt(c, now))];

    /// <summary>The trusted certificate whose DER bytes equal <paramref name="rawData"/>, or null.</summary>
    public X509Certificate2? FindByRawData(ReadOnlySpan<byte> rawData)
    {
        foreach (var certificate in _certificates)
        {
            if (certificate.RawDataMemory.Span.SequenceEqual(rawData))
            {
                return certificate;
            }
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var certificate in _certificates)
        {
            certificate.Dispose();
        }
    }

    private static List<X509Certificate2> LoadFile(string propertyName, string file, string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidPropertyException(
                $"Property '{propertyName}' in {file} names the file '{path}', which cannot be read ({exception.GetType().Name}).",
                propertyName,
                file);
        }

        try
        {
            if (System.Text.Encoding.ASCII.GetString(bytes).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                var collection = new X509Certificate2Collection();
                collection.ImportFromPem(System.Text.Encoding.ASCII.GetString(bytes));
                return collection.Count > 0 ? [.. collection] : throw new CryptographicException("no certificate");
            }

            return [X509CertificateLoader.LoadCertificate(bytes)];
        }
        catch (CryptographicException)
        {
            throw new InvalidPropertyException(
                $"Property '{propertyName}' in {file} names the file '{path}', which is not a PEM or DER X.509 certificate.",
                propertyName,
                file);
        }
    }
}
