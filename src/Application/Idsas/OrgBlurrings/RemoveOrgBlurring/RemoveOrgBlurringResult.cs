namespace Nsp.Application.Idsas.OrgBlurrings.RemoveOrgBlurring;

/// <summary><see cref="Removed"/> is false when the department was not blurred (a retried removal changes nothing);
/// the SOAP answer is <c>OK</c> either way (ADR 0021).</summary>
public sealed record RemoveOrgBlurringResult(bool Removed);
