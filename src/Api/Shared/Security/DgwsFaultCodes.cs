namespace Nsp.Api.Shared.Security;

/// <summary>The DGWS 1.0.1 <c>medcom:FaultCode</c> values an ID card check can end in, spelt as DGWS spells them.</summary>
public static class DgwsFaultCodes
{
    public const string InvalidIdCard = "invalid_idcard";

    public const string InvalidSignature = "invalid_signature";

    public const string InvalidCertificate = "invalid_certificate";

    public const string ExpiredIdCard = "expired_idcard";

    public const string SecurityLevelFailed = "security_level_failed";
}
