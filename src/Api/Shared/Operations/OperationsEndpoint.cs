namespace Nsp.Api.Shared.Operations;

/// <summary>Endpoint metadata: an operations URL, answered only to callers in <c>nsp.operations.allowed.clients</c>.
/// A refused call is always audited; <paramref name="AuditEveryCall"/> audits the allowed ones too (job triggers),
/// while pages that monitoring polls (status, alarm, version) are audited only when refused.</summary>
public sealed record OperationsEndpoint(bool AuditEveryCall);
