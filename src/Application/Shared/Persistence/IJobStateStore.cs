using Nsp.Domain.Shared.Jobs;

namespace Nsp.Application.Shared.Persistence;

/// <summary>A job's persisted state and cursor (<c>job_state</c>). Saving joins the caller's open transaction, so a
/// batch commits with the cursor it reached. Registered per service (keyed by <see cref="NspService"/>).</summary>
public interface IJobStateStore
{
    /// <summary>The job's status, or <see cref="JobStatus.NeverRun"/> when it has none.</summary>
    Task<JobStatus> LoadAsync(string job, CancellationToken cancellationToken);

    Task SaveAsync(JobStatus status, CancellationToken cancellationToken);
}
