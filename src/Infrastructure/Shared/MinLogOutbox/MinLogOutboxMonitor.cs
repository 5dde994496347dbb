using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.MinLog.Transfer;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.MinLogOutbox;

/// <summary>The age of the service's oldest waiting outbox entry, for the alarm page. The lowest id is the oldest
/// row (ids are identity values), so this reads one row by the primary key.</summary>
public sealed class MinLogOutboxMonitor<TContext> : IMinLogOutboxMonitor
    where TContext : ServiceDbContext
{
    private readonly TContext _context;

    public MinLogOutboxMonitor(TContext context)
    {
        _context = context;
    }

    public async Task<DateTime?> OldestEntryCreatedAsync(CancellationToken cancellationToken)
    {
        var oldest = await _context.Set<MinLogOutboxRecord>()
            .AsNoTracking()
            .OrderBy(r => r.Id)
            .Select(r => new { r.Created })
            .FirstOrDefaultAsync(cancellationToken);
        return oldest?.Created;
    }
}
