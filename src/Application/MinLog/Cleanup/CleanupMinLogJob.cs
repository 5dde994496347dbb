using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.MinLog.Cleanup;

/// <summary>Each batch deletes the oldest entries before the cutoff (now − <c>minlog.cleanup.max.retention</c>) and
/// keeps the instant reached in <c>status</c> row 1, in the batch's transaction. Once no old entry is left, the
/// remaining batches delete orphaned organisation names, then the run is finished with the cutoff itself kept.
/// What is left is a database predicate, so the job needs no cursor and a run cut short by its budget resumes.</summary>
public sealed class CleanupMinLogJob(IMinLogCleanupStore store, MinLogCleanupSettings settings, TimeProvider time) : IBatchJob
{
    public string Name => MinLogCleanupSettings.JobName;

    public JobVocabulary Vocabulary => JobVocabulary.Resumable;

    public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var cutoff = settings.MaxRetention.SubtractFrom(time.GetUtcNow().UtcDateTime);
        var entries = await store.DeleteOldestAsync(cutoff, settings.BatchSize, cancellationToken);
        await store.SaveCutoffReachedAsync(entries.ReachedUtc, cancellationToken);
        if (!entries.Finished)
        {
            return JobBatchOutcome.More(entries.Deleted);
        }

        // Old entries are gone; what is left of this batch goes to the names they leave unused.
        int room = Math.Max(settings.BatchSize - entries.Deleted, 0);
        int names = room == 0 ? 0 : await store.DeleteOrphanedNamesAsync(room, cancellationToken);
        int processed = entries.Deleted + names;
        return room > 0 && names < room ? JobBatchOutcome.Done(processed) : JobBatchOutcome.More(processed);
    }
}
