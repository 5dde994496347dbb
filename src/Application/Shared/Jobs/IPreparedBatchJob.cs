namespace Nsp.Application.Shared.Jobs;

/// <summary>A batch job with a slow part that needs no transaction of the job's own service, such as sending to
/// another service. <see cref="JobRunner"/> calls <see cref="PrepareBatchAsync"/> before it opens the batch's
/// transaction, so the service's database is not held meanwhile (on SQLite, one writer per file: an open batch
/// transaction would make a second trigger's lease update, and every request, wait for it).</summary>
public interface IPreparedBatchJob : IBatchJob
{
    /// <summary>Does the batch's work outside any transaction; <see cref="IBatchJob.RunBatchAsync"/> then commits
    /// its result with the job's state. A failure here fails the run like a failed batch.</summary>
    Task PrepareBatchAsync(string? cursor, CancellationToken cancellationToken);
}
