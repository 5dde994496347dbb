using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.Persistence;
using Nsp.Domain.Shared.Jobs;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary><c>job_state</c> through the service's scoped context: saving joins the job's open transaction, so a
/// batch and the cursor it reached commit together.</summary>
public sealed class JobStateStore<TContext> : IJobStateStore
    where TContext : ServiceDbContext
{
    private readonly TContext _context;
    private readonly TimeProvider _time;

    public JobStateStore(TContext context, TimeProvider time)
    {
        _context = context;
        _time = time;
    }

    public async Task<JobStatus> LoadAsync(string job, CancellationToken cancellationToken)
    {
        var row = await _context.Set<JobStateRecord>().AsNoTracking().SingleOrDefaultAsync(s => s.Job == job, cancellationToken);
        return row is null
            ? JobStatus.NeverRun(job)
            : new JobStatus(row.Job, JobStateText.Parse(row.State), row.Cursor, row.LastStarted, row.LastFinished, row.LastError);
    }

    public async Task SaveAsync(JobStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        var rows = _context.Set<JobStateRecord>();
        var row = await rows.SingleOrDefaultAsync(s => s.Job == status.Job, cancellationToken);
        if (row is null)
        {
            row = new JobStateRecord { Job = status.Job, State = status.State.ToText() };
            rows.Add(row);
        }

        row.State = status.State.ToText();
        row.Cursor = status.Cursor;
        row.LastStarted = status.LastStartedUtc;
        row.LastFinished = status.LastFinishedUtc;
        row.LastError = status.LastError;
        row.Updated = _time.GetUtcNow().UtcDateTime;
        await _context.SaveChangesAsync(cancellationToken);
    }
}
