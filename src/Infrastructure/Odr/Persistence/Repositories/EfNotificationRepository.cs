using System.Text;
using Microsoft.EntityFrameworkCore;
using Nsp.Application.Odr.Notifications;
using Nsp.Domain.Odr.Notifications;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Infrastructure.Odr.Persistence.Repositories;

public sealed class EfNotificationRepository(OdrDbContext context) : INotificationRepository
{
    // Four parameters a row: far below SQLite's 32766 and PostgreSQL's 65535 parameters a statement.
    private const int InsertChunk = 500;

    public async Task<DateOnly?> NewestCompletedDateAsync(CancellationToken cancellationToken) =>
        await context.NotificationDates.AsNoTracking()
            .Where(d => d.Status == NotificationDateStatus.Completed)
            .OrderByDescending(d => d.Date)
            .Select(d => (DateOnly?)d.Date)
            .FirstOrDefaultAsync(cancellationToken);

    public Task<NotificationDate?> FindDateAsync(DateOnly date, CancellationToken cancellationToken) =>
        context.NotificationDates.SingleOrDefaultAsync(d => d.Date == date, cancellationToken);

    public async Task<bool> LockDateAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var locked = NotificationDateStatus.Locked.ToString();
        var inserted = await context.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO notificationdate (date, status) VALUES ({date}, {locked}) ON CONFLICT (date) DO NOTHING",
            cancellationToken);
        return inserted == 1;
    }

    public async Task<int> AddPendingAsync(DateOnly date, IReadOnlyCollection<Cpr> cprs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cprs);
        var pending = NotificationPersonStatus.Pending.ToString();
        var added = 0;
        foreach (var chunk in cprs.Select(c => c.ToString()).Distinct(StringComparer.Ordinal).Chunk(InsertChunk))
        {
            // One multi-row INSERT per chunk; the unique (date, cpr) index skips rows a resumed run already added.
            var sql = new StringBuilder("INSERT INTO notificationperson (date, cpr, status) VALUES ");
            var parameters = new List<object>(1 + (chunk.Length * 2)) { date, pending };
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? string.Empty : ", ").Append("({0}, {").Append(parameters.Count).Append("}, {1})");
                parameters.Add(chunk[i]);
            }

            sql.Append(" ON CONFLICT (date, cpr) DO NOTHING");
            added += await context.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }

        return added;
    }

    public async Task<IReadOnlyList<NotificationPerson>> FindPendingAsync(DateOnly date, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return await context.NotificationPersons
            .Where(p => p.Date == date && p.Status == NotificationPersonStatus.Pending)
            .OrderBy(p => p.NotificationPersonPid)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    public Task<int> CountUnsentAsync(DateOnly date, CancellationToken cancellationToken) =>
        context.NotificationPersons.CountAsync(
            p => p.Date == date && p.Status != NotificationPersonStatus.Sent && p.Status != NotificationPersonStatus.Completed,
            cancellationToken);

    public async Task<bool> CompleteDateAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var dateCompleted = await context.NotificationDates
            .Where(d => d.Date == date && d.Status == NotificationDateStatus.Locked)
            .Where(_ => !context.NotificationPersons.Any(p =>
                p.Date == date && p.Status != NotificationPersonStatus.Sent && p.Status != NotificationPersonStatus.Completed))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, NotificationDateStatus.Completed), cancellationToken);
        if (dateCompleted == 0)
        {
            return false;
        }

        await context.NotificationPersons
            .Where(p => p.Date == date && p.Status == NotificationPersonStatus.Sent)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, NotificationPersonStatus.Completed), cancellationToken);
        return true;
    }

    public async Task<IReadOnlyDictionary<NotificationPersonStatus, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        var counts = await context.NotificationPersons.AsNoTracking()
            .GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Enum.GetValues<NotificationPersonStatus>()
            .ToDictionary(s => s, s => counts.Find(c => c.Status == s)?.Count ?? 0);
    }
}
