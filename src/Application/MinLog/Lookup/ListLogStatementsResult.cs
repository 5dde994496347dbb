namespace Nsp.Application.MinLog.Lookup;

/// <summary>The citizen asked about and their entries in the period, newest first.</summary>
public sealed record ListLogStatementsResult(string CprNrBorger, IReadOnlyList<LogStatement> Statements);
