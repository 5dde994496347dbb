using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace Nsp.Api.Shared.Security;

/// <summary>Warns at start-up about trusted STS certificates outside their validity window: cards they sign are refused
/// with <c>invalid_certificate</c>, and operators should learn that before the first client does.</summary>
public static partial class TrustedStsCertificateWarnings
{
    /// <returns>How many certificates were warned about.</returns>
    public static int WarnAboutInvalid(TrustedStsCertificates trusted, DateTimeOffset now, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        var invalid = trusted.NotValidAt(now);
        foreach (X509Certificate2 certificate in invalid)
        {
            LogNotValid(
                logger,
                certificate.Subject,
                certificate.NotBefore.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                certificate.NotAfter.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        }

        return invalid.Count;
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "The trusted STS certificate {Subject} is valid from {NotBefore} to {NotAfter}, not now: ID cards it signs are refused")]
    private static partial void LogNotValid(ILogger logger, string subject, string notBefore, string notAfter);
}
