using Microsoft.EntityFrameworkCore;
using Nsp.Application.Idsas.Whitelisting;

namespace Nsp.Infrastructure.Idsas.Persistence.Repositories;

public sealed class EfWhitelistRepository(IdsasDbContext context) : IWhitelistRepository
{
    public Task<bool> IsListedAsync(string actorId, string type, CancellationToken cancellationToken) =>
        context.Whitelist.AsNoTracking().AnyAsync(w => w.ActorId == actorId && w.Type == type, cancellationToken);
}
