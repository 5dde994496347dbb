namespace Nsp.Application.Idsas.OrgBlurrings.CreateOrgBlurring;

/// <summary><see cref="Created"/> is false when the department was already blurred (a retried call changes
/// nothing); the SOAP answer is <c>OK</c> either way.</summary>
public sealed record CreateOrgBlurringResult(bool Created);
