using Microsoft.EntityFrameworkCore;
using Nsp.Application.MinLog.Lookup;
using Nsp.Infrastructure.MinLog.Persistence;

namespace Nsp.Infrastructure.MinLog.Lookup;

/// <summary>One query on <c>log_cpr_and_timestamp_index</c> (cprnrborger, tidspunkt), read backwards for newest
/// first, with the organisation's name joined (left: an entry may have none).</summary>
public sealed class EfLogStatementQueries(MinLogDbContext context) : ILogStatementQueries
{
    public async Task<IReadOnlyList<LogStatement>> ListAsync(
        string cpr, DateTime? fromUtc, DateTime? toUtc, int limit, CancellationToken cancellationToken)
    {
        var entries = context.LogEntries.AsNoTracking().Where(l => l.CprNrBorger == cpr);
        if (fromUtc is { } start)
        {
            entries = entries.Where(l => l.Tidspunkt >= start);
        }

        if (toUtc is { } end)
        {
            entries = entries.Where(l => l.Tidspunkt <= end);
        }

        var rows = from l in entries
                   join o in context.OrganisationNames.AsNoTracking() on l.OrganisationNameId equals (int?)o.Id into names
                   from o in names.DefaultIfEmpty()
                   orderby l.Tidspunkt descending, l.Id descending
                   // The source the registration stored (MinLog2 OrganisationId/@source); without one, the id's form decides.
                   select new LogStatement(
                       l.RegKode, l.Bruger, l.Ansvarlig, l.OrgUsingId, l.OrgUsingIdSource, o == null ? null : o.Name,
                       l.SystemName, l.Handling, l.SessionId, l.Tidspunkt);
        return await rows.Take(limit).ToListAsync(cancellationToken);
    }
}
