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

    public void Add(OrgBlurring orgBlurring) => context.OrgBlurrings.Add(orgBlurring);

    public Task<int> DeleteRemovedAsync(DateTime removedAtOrBeforeUtc, int batchSize, CancellationToken cancellationToken) =>
        context.OrgBlurrings
            .Where(o => context.OrgBlurrings.Where(r => r.RemovedAt <= removedAtOrBeforeUtc).Select(r => r.Id).Take(batchSize).Contains(o.Id))
            .ExecuteDeleteAsync(cancellationToken);
}
