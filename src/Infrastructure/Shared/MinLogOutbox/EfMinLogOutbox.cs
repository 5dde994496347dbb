using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.MinLog;
using Nsp.Domain.MinLog;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.MinLogOutbox;

/// <summary>Writes MinLog entries to the service's <c>minlog_outbox</c> through its scoped context, so they commit
/// (or roll back) with the request. A regKode already in the outbox (a retried call) or already added in this
/// transaction is skipped, so the unique key is never violated by a retry. What the caller states (its IT system
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

        var rows = _context.Set<MinLogOutboxRecord>();
        var regKodes = distinct.Select(e => e.RegKode).ToList();
        var known = new HashSet<string>(
            await rows.AsNoTracking().Where(r => regKodes.Contains(r.RegKode)).Select(r => r.RegKode).ToListAsync(cancellationToken),
            StringComparer.Ordinal);
        known.UnionWith(rows.Local.Select(r => r.RegKode));

        var created = _time.GetUtcNow().UtcDateTime;
        rows.AddRange(distinct.Where(e => !known.Contains(e.RegKode)).Select(e => MinLogOutboxRows.ToRecord(e, created)));

        // Saved now: inside the request's transaction this only flushes; a MinLogged query without a unit of
        // work would otherwise never write its entries.
        await _context.SaveChangesAsync(cancellationToken);
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
