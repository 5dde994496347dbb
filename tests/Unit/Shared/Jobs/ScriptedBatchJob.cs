using Nsp.Application.Shared.Jobs;

namespace Nsp.Tests.Unit.Shared.Jobs;

/// <summary>A job whose batches are given in advance; each batch writes "batch:cursor" to the harness's events.</summary>
internal class ScriptedBatchJob(JobRunnerHarness harness, JobVocabulary vocabulary, params Func<JobBatchOutcome>[] batches)
    : IBatchJob
{
    private readonly Queue<Func<JobBatchOutcome>> _batches = new(batches);

    public string Name => JobRunnerHarness.JobName;

    public JobVocabulary Vocabulary => vocabulary;

    protected JobRunnerHarness Harness => harness;

    public Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        harness.Events.Add($"batch:{cursor}");
        return Task.FromResult(_batches.Dequeue()());
    }
}
