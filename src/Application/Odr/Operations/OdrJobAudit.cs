namespace Nsp.Application.Odr.Operations;

/// <summary>The jobs' audit contexts and keys (seed 001, DESIGN 5.2). Each affected CPR or letter gets a line of its
/// own (ADR 0034), under ODR's category and component.</summary>
public static class OdrJobAudit
{
    public const string DeceasedCleanupContext = "deceasedCleanup";
    public const string DeletedCpr = "deleted-cpr";

    public const string EmigratedCleanupContext = "emigratedCleanup";
    public const string InvalidatedCpr = "invalidated-cpr";

    public const string DigitalPostSentContext = "digitalPostSent";
    public const string DigitalPostRequest = "digital-post-request";
    public const string DigitalPostResponse = "digital-post-response";
}
