using Microsoft.EntityFrameworkCore;
using Nsp.Application.Odr.Operations;

namespace Nsp.Infrastructure.Odr.Persistence.Queries;

public sealed class EfOdrCleanupQueries(OdrDbContext context) : IOdrCleanupQueries
{
    public async Task<IReadOnlyList<string>> CprsWithDataAfterAsync(string? afterCpr, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var cprs = context.Registrations.AsNoTracking().Select(r => r.Cpr)
            .Union(context.NotificationPersons.AsNoTracking().Select(p => p.Cpr));
        if (afterCpr is not null)
        {
            // SQL's own comparison (the StringComparison overload is not translated): CPRs are digits, so every
            // collation orders them alike, and the ORDER BY below uses the same one.
#pragma warning disable CA1309
            cprs = cprs.Where(c => string.Compare(c, afterCpr) > 0);
#pragma warning restore CA1309
        }

        return await cprs.OrderBy(c => c).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ActiveCprsAfterAsync(string? afterCpr, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var active = context.Registrations.AsNoTracking().Where(r => r.ValidTo == null);
        if (afterCpr is not null)
        {
#pragma warning disable CA1309 // As above.
            active = active.Where(r => string.Compare(r.Cpr, afterCpr) > 0);
#pragma warning restore CA1309
        }

        return await active.OrderBy(r => r.Cpr).Select(r => r.Cpr).Take(limit).ToListAsync(cancellationToken);
    }

    public async Task<int> DeleteAllDataAsync(IReadOnlyCollection<string> cprs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cprs);
        var list = cprs.ToList();
        var registrations = await context.Registrations.Where(r => list.Contains(r.Cpr)).ExecuteDeleteAsync(cancellationToken);
        var notifications = await context.NotificationPersons.Where(p => list.Contains(p.Cpr)).ExecuteDeleteAsync(cancellationToken);
        return registrations + notifications;
    }

    public async Task<IReadOnlyList<string>> CloseActiveAsync(IReadOnlyCollection<string> cprs, DateTime atUtc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cprs);
        if (atUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Instants are UTC.", nameof(atUtc));
        }

        var list = cprs.ToList();
        // Read, then close the same rows: both in the batch's transaction, so the audit names exactly the closed CPRs
        // unless a registration call closes one in between (then that call's history shows it).
        var active = await context.Registrations.AsNoTracking()
            .Where(r => r.ValidTo == null && list.Contains(r.Cpr))
            .Select(r => r.Cpr)
            .ToListAsync(cancellationToken);
        DateTime? closedAt = atUtc;
        await context.Registrations
            .Where(r => r.ValidTo == null && active.Contains(r.Cpr))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ValidTo, closedAt), cancellationToken);
        return active;
    }
}
