using Microsoft.EntityFrameworkCore;
using Nsp.Application.Crk.Endpoints;
using Nsp.Domain.Crk;

namespace Nsp.Infrastructure.Crk.Persistence.Repositories;

public sealed class EfNodeOverrideRepository(CrkDbContext context) : INodeOverrideRepository
{
    public async Task<IReadOnlyList<NodeOverride>> ListAsync(CancellationToken cancellationToken) =>
        await context.Overrides.AsNoTracking().ToListAsync(cancellationToken);

    public Task<NodeOverride?> FindAsync(long id, CancellationToken cancellationToken) =>
        context.Overrides.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public void Add(NodeOverride row) => context.Overrides.Add(row);

    public void Remove(NodeOverride row) => context.Overrides.Remove(row);

    public Task SaveAsync(CancellationToken cancellationToken) => context.SaveChangesAsync(cancellationToken);
}
