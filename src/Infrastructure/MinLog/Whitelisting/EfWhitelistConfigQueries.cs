using Microsoft.EntityFrameworkCore;
using Nsp.Application.MinLog.Whitelisting;
using Nsp.Domain.MinLog.Whitelisting;
using Nsp.Infrastructure.MinLog.Persistence;

namespace Nsp.Infrastructure.MinLog.Whitelisting;

/// <summary>One indexed lookup on the primary key's leading columns per call.</summary>
public sealed class EfWhitelistConfigQueries(MinLogDbContext context) : IWhitelistConfigQueries
{
    public Task<bool> IsListedAsync(string serviceKey, string cvr, CancellationToken cancellationToken) =>
        context.Set<WhitelistConfigEntry>().AsNoTracking()
            .AnyAsync(w => w.ServiceKey == serviceKey && w.Cvr == cvr, cancellationToken);
}
