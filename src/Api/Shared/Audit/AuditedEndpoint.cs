namespace Nsp.Api.Shared.Audit;

/// <summary>Endpoint metadata: calls to this endpoint are audited under <see cref="Category"/>.</summary>
public sealed record AuditedEndpoint(string Category);
