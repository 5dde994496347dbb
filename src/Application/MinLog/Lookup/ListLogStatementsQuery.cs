using System.Globalization;
using MediatR;
using Nsp.Application.Shared.Audit;

namespace Nsp.Application.MinLog.Lookup;

/// <summary>ListLogStatements (MinLog1 lookup, 2012/05/24): a citizen's entries with <paramref name="FraDato"/> ≤
/// tidspunkt ≤ <paramref name="TilDato"/> (both inclusive, each optional), newest first, at most
/// <c>minlog.lookup.max.entries</c>. Reading the log writes no MinLog entry of its own (ADR 0038); the audit line
/// records every call.</summary>
public sealed record ListLogStatementsQuery(string? CprNr, DateTime? FraDato, DateTime? TilDato)
    : IRequest<ListLogStatementsResult>, IMinLogLookupRequest, IAuditedRequest<ListLogStatementsResult>
{
    public void DescribeRequest(AuditRecord audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        audit.Component(MinLogLookupAudit.Component).Context(MinLogLookupAudit.Context)
            .Set(MinLogLookupAudit.Cpr, AuditInformationType.RPI, CprNr)
            .Set(MinLogLookupAudit.FromDate, AuditInformationType.NPI, Format(FraDato))
            .Set(MinLogLookupAudit.ToDate, AuditInformationType.NPI, Format(TilDato));
    }

    public void DescribeResponse(AuditRecord audit, ListLogStatementsResult response)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(response);
        audit.Component(MinLogLookupAudit.Component).Context(MinLogLookupAudit.Context)
            .Set(MinLogLookupAudit.Returned, AuditInformationType.NPI, response.Statements.Count.ToString(CultureInfo.InvariantCulture));
    }

    private static string Format(DateTime? instant) =>
        instant is { } value ? value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) : string.Empty;
}
