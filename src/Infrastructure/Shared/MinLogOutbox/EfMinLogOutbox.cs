using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.MinLog;
using Nsp.Domain.MinLog;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.MinLogOutbox;

/// <summary>Writes MinLog entries to the service's <c>minlog_outbox</c> through its scoped context, so they commit
/// (or roll back) with the request. A regKode already in the outbox (a retried call) or already added in this
/// transaction is skipped by the database, so the unique key is never violated by a retry. What the caller states (its IT system
/// name, care provider id and name, the FlowID) is cut to MinLog's column widths: a citizen's log entry with a
/// shortened system name is better than refusing a health professional's call (the audit line keeps the full value;
/// ADR 0029). Entries MinLog would still refuse (a malformed CPR, our own texts too long) fail the request here, on
/// every provider, rather than blocking the transfer job later.</summary>
public sealed class EfMinLogOutbox<TContext> : IMinLogOutbox
    where TContext : ServiceDbContext
{
    private readonly TContext _context;
    private readonly TimeProvider _time;

    public EfMinLogOutbox(TContext context, TimeProvider time)
    {
        _context = context;
        _time = time;
    }

    public async Task AddAsync(IReadOnlyList<MinLogEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var distinct = entries.DistinctBy(e => e.RegKode, StringComparer.Ordinal).Select(FitCallerFields).ToList();
        if (distinct.Count == 0)
        {
            return;
        }

        distinct.ForEach(RequireStorable);

        // One statement per entry and no read before it: the unique key on regkode skips a retried call's entry, or
        // one already added in this transaction, in the database (PostgreSQL and SQLite share the syntax). Written at
        // once, so a MinLogged query without a unit of work writes its entries too (issue 13: the read before the
        // insert was a round trip on every ODR call).
        var created = _time.GetUtcNow().UtcDateTime;
        foreach (var entry in distinct)
        {
            var r = MinLogOutboxRows.ToRecord(entry, created);
            var tidspunkt = DateTime.SpecifyKind(r.Tidspunkt, DateTimeKind.Utc);
            await _context.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO minlog_outbox (regkode, cprnrborger, bruger, ansvarlig, orgusingid, orgusingname, systemname, handling, sessionid, tidspunkt, created)
                VALUES ({r.RegKode}, {r.CprNrBorger}, {r.Bruger}, {r.Ansvarlig}, {r.OrgUsingId}, {r.OrgUsingName}, {r.SystemName}, {r.Handling}, {r.SessionId}, {tidspunkt}, {r.Created})
                ON CONFLICT (regkode) DO NOTHING
                """,
                cancellationToken);
        }
    }

    private static MinLogEntry FitCallerFields(MinLogEntry entry) => entry with
    {
        OrgUsingId = Cut(entry.OrgUsingId, LogEntry.OrgUsingIdMaxLength),
        OrgUsingName = Cut(entry.OrgUsingName, OrganisationName.NameMaxLength),
        SystemName = Cut(entry.SystemName, LogEntry.SystemNameMaxLength),
        SessionId = Cut(entry.SessionId, LogEntry.SessionIdMaxLength),
    };

    private static string? Cut(string? value, int width) => value is { Length: var length } && length > width ? value[..width] : value;

    /// <summary>The checks MinLog's store applies (lengths are checked, never truncated), so a row it would refuse
    /// never reaches the outbox: SQLite does not enforce column lengths.</summary>
    private static void RequireStorable(MinLogEntry entry)
    {
        LogEntry.Create(
            entry.RegKode, entry.CprNrBorger, entry.Bruger, entry.Ansvarlig, entry.OrgUsingId, entry.SystemName,
            entry.Handling, entry.SessionId, DateTime.SpecifyKind(entry.Tidspunkt, DateTimeKind.Utc));
        if (!string.IsNullOrEmpty(entry.OrgUsingName))
        {
            OrganisationName.Create(entry.OrgUsingName);
        }
    }
}
