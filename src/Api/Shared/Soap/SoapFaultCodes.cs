using Nsp.Api.Shared.Security;

namespace Nsp.Api.Shared.Soap;

/// <summary>Every DGWS 1.0.1 <c>medcom:FaultCode</c> (DESIGN.md 4.1a), spelt as DGWS spells them. The ID card codes
/// are those of <see cref="DgwsFaultCodes"/>.</summary>
public static class SoapFaultCodes
{
    public const string SyntaxError = "syntax_error";

    public const string MissingRequiredHeader = "missing_required_header";

    public const string SecurityLevelFailed = DgwsFaultCodes.SecurityLevelFailed;

    public const string InvalidUsernamePassword = "invalid_username_password";

    public const string InvalidSignature = DgwsFaultCodes.InvalidSignature;

    public const string InvalidIdCard = DgwsFaultCodes.InvalidIdCard;

    public const string InvalidCertificate = DgwsFaultCodes.InvalidCertificate;

    public const string ExpiredIdCard = DgwsFaultCodes.ExpiredIdCard;

    public const string NotAuthorized = "not_authorized";

    public const string IllegalHttpMethod = "illegal_http_method";

    public const string ProcessingProblem = "processing_problem";

    public const string NonRepudiationNotSupported = "nonrepudiation_not_supported";
}
