using Nsp.Application.Shared.Jobs;

namespace Nsp.Tests.Unit.Shared.Jobs;

/// <summary>A <see cref="ScriptedBatchJob"/> with a preparation step that writes "prepare:cursor", or fails.</summary>
internal sealed class ScriptedPreparedBatchJob(
    JobRunnerHarness harness, Exception? preparationFailure, params Func<JobBatchOutcome>[] batches)
    : ScriptedBatchJob(harness, JobVocabulary.Resumable, batches), IPreparedBatchJob
{
    public Task PrepareBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        Harness.Events.Add($"prepare:{cursor}");
        return preparationFailure is null ? Task.CompletedTask : Task.FromException(preparationFailure);
    }
}
