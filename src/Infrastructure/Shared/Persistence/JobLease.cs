using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>The <c>job_lease</c> row of a service's database. Uses its own context from the factory, so the lease
/// never joins (or waits for) a unit of work. Acquiring is a conditional UPDATE of an expired lease; a missing row
/// is inserted, and losing that insert race (a unique key violation) means "not acquired".</summary>
public sealed class JobLease<TContext> : IJobLease
    where TContext : ServiceDbContext
{
    private readonly IDbContextFactory<TContext> _contexts;
    private readonly TimeProvider _time;

    public JobLease(IDbContextFactory<TContext> contexts, TimeProvider time)
    {
        _contexts = contexts;
        _time = time;
    }

    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var until = now + leaseDuration;
        await using var context = await _contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        var taken = await context.Set<JobLeaseRecord>()
            .Where(l => l.Job == job && l.LeasedUntil < now)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntil, until), cancellationToken);
        if (taken == 1)
        {
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        if (await context.Set<JobLeaseRecord>().AnyAsync(l => l.Job == job, cancellationToken))
        {
            return false;
        }

        context.Add(new JobLeaseRecord { Job = job, Holder = holder, LeasedUntil = until });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return false;
        }
    }

    public async Task<bool> RenewAsync(string job, string holder, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        var until = _time.GetUtcNow().UtcDateTime + leaseDuration;
        await using var context = await _contexts.CreateDbContextAsync(cancellationToken);
        var renewed = await context.Set<JobLeaseRecord>()
            .Where(l => l.Job == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, until), cancellationToken);
        return renewed == 1;
    }

    public async Task ReleaseAsync(string job, string holder, CancellationToken cancellationToken)
    {
        // Keep the row (it shows the last holder); an instant in the past lets the next acquirer in.
        await using var context = await _contexts.CreateDbContextAsync(cancellationToken);
        await context.Set<JobLeaseRecord>()
            .Where(l => l.Job == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, DateTime.UnixEpoch), cancellationToken);
    }
}
