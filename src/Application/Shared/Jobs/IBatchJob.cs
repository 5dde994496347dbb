namespace Nsp.Application.Shared.Jobs;

/// <summary>The work of a job, one batch at a time. Each batch runs in its own transaction of the job's service,
/// which also saves the job's state and cursor, so a crash loses at most the batch in hand.</summary>
public interface IBatchJob
{
    /// <summary>The job's name: its lease, its state row and its status pages use it.</summary>
    string Name { get; }

    JobVocabulary Vocabulary { get; }

    /// <param name="cursor">Where the previous batch stopped, or null at the start of a pass.</param>
    Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken);
}
