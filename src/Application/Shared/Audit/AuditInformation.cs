namespace Nsp.Application.Shared.Audit;

/// <summary>One key of an audit context: a single <c>value</c> or a list of <c>values</c>.</summary>
public sealed record AuditInformation(string Key, AuditInformationType Type, string? Value, IReadOnlyList<string>? Values = null);
