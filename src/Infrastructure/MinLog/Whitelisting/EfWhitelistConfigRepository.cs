using Microsoft.EntityFrameworkCore;
using Nsp.Application.MinLog.Whitelisting;
using Nsp.Infrastructure.MinLog.Persistence;

namespace Nsp.Infrastructure.MinLog.Whitelisting;

/// <summary>Reads <c>whitelist_config</c> by its primary key's leading columns (one indexed probe per call).</summary>
public sealed class EfWhitelistConfigRepository(MinLogDbContext context) : IWhitelistConfigRepository
{
    public Task<bool> IsListedAsync(string serviceKey, string cvr, CancellationToken cancellationToken) =>
        context.WhitelistConfig.AsNoTracking().AnyAsync(w => w.ServiceKey == serviceKey && w.Cvr == cvr, cancellationToken);
}
