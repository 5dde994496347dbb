using Nsp.Application.Shared.Jobs;
using Nsp.Domain.Shared.Jobs;

namespace Nsp.Tests.Unit.Shared.Jobs;

public sealed class JobRunnerFailureTests : IDisposable
{
    private readonly JobRunnerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_failed_batch_is_not_committed_and_the_run_reports_the_error_with_the_work_done_before_it()
    {
        var job = new ScriptedBatchJob(
            _harness, JobVocabulary.Resumable, () => JobBatchOutcome.More(4, "c1"), () => throw new InvalidOperationException("disk full"));

        var result = await _harness.RunAsync(job);

        Assert.Equal(new JobRunResult(JobRunnerHarness.JobName, JobRunOutcome.Failed, 4, 1, "disk full"), result);
        Assert.Single(_harness.Events, e => e == "commit");
    }

    [Fact]
    public async Task A_resumable_job_whose_batch_fails_is_saved_not_finished_at_the_last_committed_cursor_with_the_error()
    {
        var job = new ScriptedBatchJob(_harness, JobVocabulary.Resumable, () => JobBatchOutcome.More(1, "c1"), () =>
        {
            _harness.Clock.Advance(TimeSpan.FromMinutes(2));
            throw new InvalidOperationException("disk full");
        });

        await _harness.RunAsync(job);

        Assert.Equal(
            new JobStatus(JobRunnerHarness.JobName, JobState.NotFinished, "c1", JobRunnerHarness.Start, JobRunnerHarness.Start.AddMinutes(2), "disk full"),
            _harness.Saved[^1]);
    }

    [Fact]
    public async Task A_run_tracking_job_whose_batch_fails_is_saved_in_error()
    {
        var job = new ScriptedBatchJob(_harness, JobVocabulary.RunTracking, () => throw new InvalidOperationException("broker down"));

        await _harness.RunAsync(job);

        Assert.Equal((JobState.Error, "broker down"), (_harness.Saved[^1].State, _harness.Saved[^1].LastError));
    }

    [Fact]
    public async Task A_failed_preparation_fails_the_run_without_opening_a_batch_transaction()
    {
        var job = new ScriptedPreparedBatchJob(_harness, new InvalidOperationException("peer unreachable"), () => JobBatchOutcome.Done(1));

        var result = await _harness.RunAsync(job);

        Assert.Equal((JobRunOutcome.Failed, "peer unreachable", 0), (result.Outcome, result.Error, result.Batches));
        Assert.DoesNotContain("begin", _harness.Events);
        Assert.Equal("peer unreachable", _harness.Saved[^1].LastError);
    }

    [Fact]
    public async Task A_cancelled_run_is_not_recorded_as_a_failure()
    {
        var job = new ScriptedBatchJob(_harness, JobVocabulary.Resumable, () => throw new OperationCanceledException());

        await Assert.ThrowsAsync<OperationCanceledException>(() => _harness.RunAsync(job));

        Assert.Empty(_harness.Saved);
    }
}
