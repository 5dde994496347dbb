using Microsoft.EntityFrameworkCore;
using Nsp.Application.Idsas.OrgBlurrings;
using Nsp.Domain.Idsas.OrgBlurrings;

namespace Nsp.Infrastructure.Idsas.Persistence.Repositories;

public sealed class EfOrgBlurringQueries(IdsasDbContext context) : IOrgBlurringQueries
{
    public async Task<IReadOnlyList<ActiveOrgBlurring>> ListActiveAsync(CancellationToken cancellationToken)
    {
        // Grouped, so a department created twice by a race still shows once, with its first creation.
        var rows = await context.OrgBlurrings.AsNoTracking()
            .Where(o => o.RemovedAt == null)
            .GroupBy(o => new { o.ClassificationText, o.OrgId })
            .Select(g => new { g.Key.ClassificationText, g.Key.OrgId, Created = g.Min(o => o.Created) })
            .OrderBy(r => r.ClassificationText).ThenBy(r => r.OrgId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ActiveOrgBlurring(r.OrgId, OrgClassifications.Parse(r.ClassificationText), DateTime.SpecifyKind(r.Created, DateTimeKind.Utc)))];
    }
}
