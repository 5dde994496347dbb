using Microsoft.EntityFrameworkCore;
using Nsp.Application.Odr.Operations.Notification;
using Nsp.Domain.Odr.Notifications;

namespace Nsp.Infrastructure.Odr.Persistence.Queries;

public sealed class EfOdrNotificationQueries(OdrDbContext context) : IOdrNotificationQueries
{
    public async Task<IReadOnlyList<NotificationPerson>> InProgressAsync(DateOnly date, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return await context.NotificationPersons
            .Where(p => p.Date == date && p.Status == NotificationPersonStatus.InProgress)
            .OrderBy(p => p.NotificationPersonPid)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlySet<string>> ActiveAmongAsync(IReadOnlyCollection<string> cprs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cprs);
        var list = cprs.ToList();
        var active = await context.Registrations.AsNoTracking()
            .Where(r => r.ValidTo == null && list.Contains(r.Cpr))
            .Select(r => r.Cpr)
            .ToListAsync(cancellationToken);
        return active.ToHashSet(StringComparer.Ordinal);
    }

    public Task<int> CountPendingAsync(DateOnly date, CancellationToken cancellationToken) =>
        context.NotificationPersons.CountAsync(p => p.Date == date && p.Status == NotificationPersonStatus.Pending, cancellationToken);

    public async Task<IReadOnlyList<NotificationCount>> UnfinishedCountsAsync(CancellationToken cancellationToken)
    {
        var counts = await context.NotificationPersons.AsNoTracking()
            .Where(p => p.Status != NotificationPersonStatus.Completed)
            .GroupBy(p => new { p.Date, p.Status })
            .Select(g => new { g.Key.Date, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. counts.OrderBy(c => c.Date).ThenBy(c => c.Status).Select(c => new NotificationCount(c.Date, c.Status, c.Count))];
    }
}
