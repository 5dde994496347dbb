using Microsoft.EntityFrameworkCore;
using Nsp.Application.MinLog.Cleanup;
using Nsp.Domain.MinLog;
using Nsp.Infrastructure.MinLog.Persistence;

namespace Nsp.Infrastructure.MinLog.Cleanup;

/// <summary>Set-based deletes on <c>logentry_tidspunkt_idx</c> and <c>logentry_orgusingname_id_idx</c>: the batch's
/// last instant is found by an index scan, then everything up to it goes in one DELETE, so no row is loaded.</summary>
public sealed class EfMinLogCleanupStore(MinLogDbContext context) : IMinLogCleanupStore
{
    public async Task<MinLogCleanupBatch> DeleteOldestAsync(DateTime cutoffUtc, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var old = context.LogEntries.Where(l => l.Tidspunkt < cutoffUtc);
        var last = await old.OrderBy(l => l.Tidspunkt).Select(l => l.Tidspunkt).Skip(batchSize - 1).Take(1).ToListAsync(cancellationToken);
        if (last.Count == 0)
        {
            // Fewer than a batch before the cutoff: they all go, and the cutoff itself is reached.
            int rest = await old.ExecuteDeleteAsync(cancellationToken);
            return new MinLogCleanupBatch(rest, cutoffUtc, Finished: true);
        }

        var reached = last[0];
        int deleted = await context.LogEntries.Where(l => l.Tidspunkt <= reached).ExecuteDeleteAsync(cancellationToken);
        return new MinLogCleanupBatch(deleted, reached, Finished: false);
    }

    public Task<int> DeleteOrphanedNamesAsync(int max, CancellationToken cancellationToken)
    {
        var orphans = context.OrganisationNames
            .Where(o => !context.LogEntries.Any(l => l.OrganisationNameId == o.Id))
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .Take(max);
        return context.OrganisationNames.Where(o => orphans.Contains(o.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task SaveCutoffReachedAsync(DateTime reachedUtc, CancellationToken cancellationToken)
    {
        var status = await context.Statuses.FirstOrDefaultAsync(s => s.Id == MinLogStatus.CleanupRowId, cancellationToken);
        if (status is null)
        {
            context.Statuses.Add(MinLogStatus.Create(MinLogStatus.CleanupRowId, reachedUtc));
        }
        else
        {
            status.Advance(reachedUtc);
        }

        await context.SaveChangesAsync(cancellationToken);
    }
}
