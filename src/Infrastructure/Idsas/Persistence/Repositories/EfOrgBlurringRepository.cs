using Microsoft.EntityFrameworkCore;
using Nsp.Application.Idsas.OrgBlurrings;
using Nsp.Domain.Idsas.OrgBlurrings;

namespace Nsp.Infrastructure.Idsas.Persistence.Repositories;

public sealed class EfOrgBlurringRepository(IdsasDbContext context) : IOrgBlurringRepository
{
    public async Task<IReadOnlyList<OrgBlurring>> FindActiveAsync(string orgId, OrgClassification classification, CancellationToken cancellationToken)
    {
        var text = classification.ToText();
        return await context.OrgBlurrings
            .Where(o => o.OrgId == orgId && o.ClassificationText == text && o.RemovedAt == null)
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> AddIfNoneActiveAsync(OrgBlurring orgBlurring, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orgBlurring);
        // The partial unique index on active rows (org_blurring_active_idx) decides, in one statement that
        // PostgreSQL and SQLite share: a concurrent insert waits for the other's commit and then does nothing,
        // without the unique violation that would abort a PostgreSQL transaction.
        var inserted = await context.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO org_blurring (org_id, classification, created)
            VALUES ({orgBlurring.OrgId}, {orgBlurring.ClassificationText}, {orgBlurring.Created})
            ON CONFLICT (org_id, classification) WHERE removed_at IS NULL DO NOTHING
            """,
            cancellationToken);
        return inserted == 1;
    }

    /// <summary>Ids first, then a delete by that list (as <see cref="EfBlurringRepository.DeleteEndedAsync"/>).</summary>
    public async Task<int> DeleteRemovedAsync(DateTime removedAtOrBeforeUtc, int batchSize, CancellationToken cancellationToken)
    {
        var ids = await context.OrgBlurrings
            .Where(r => r.RemovedAt <= removedAtOrBeforeUtc)
            .Select(r => r.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        return ids.Count == 0
            ? 0
            : await context.OrgBlurrings
                .Where(o => ids.Contains(o.Id) && o.RemovedAt <= removedAtOrBeforeUtc)
                .ExecuteDeleteAsync(cancellationToken);
    }
}
