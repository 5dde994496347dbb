using Nsp.Application.Shared.Jobs;
using Nsp.Domain.Shared.Jobs;

namespace Nsp.Tests.Unit.Shared.Jobs;

public sealed class JobRunnerBatchTests : IDisposable
{
    private readonly JobRunnerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Batches_run_until_one_says_nothing_is_left_and_the_result_counts_them_and_their_items()
    {
        var result = await _harness.RunAsync(Job(JobBatchOutcome.More(2), JobBatchOutcome.More(3), JobBatchOutcome.Done(4)));

        Assert.Equal(new JobRunResult(JobRunnerHarness.JobName, JobRunOutcome.Finished, 9, 3), result);
    }

    [Fact]
    public async Task A_run_resumes_at_the_stored_cursor_and_hands_each_batch_the_cursor_the_previous_one_returned()
    {
        _harness.Stored = JobStatus.NeverRun(JobRunnerHarness.JobName) with { State = JobState.NotFinished, Cursor = "c0" };

        await _harness.RunAsync(Job(JobBatchOutcome.More(1, "c1"), JobBatchOutcome.More(1, "c2"), JobBatchOutcome.Done(1)));

        Assert.Equal(["batch:c0", "batch:c1", "batch:c2"], _harness.Events.Where(e => e.StartsWith("batch:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Each_batch_runs_in_its_own_transaction_which_commits_the_batch_with_the_jobs_state_and_cursor()
    {
        await _harness.RunAsync(Job(JobBatchOutcome.More(1, "c1"), JobBatchOutcome.Done(1)));

        Assert.Equal(
            ["acquire", "begin", "batch:", "save:NotFinished:c1", "commit", "renew", "begin", "batch:c1", "save:Finished:", "commit", "release"],
            _harness.Events);
    }

    [Fact]
    public async Task A_finished_run_saves_the_finished_state_clears_the_cursor_and_its_last_error_and_stamps_start_and_end()
    {
        _harness.Stored = new JobStatus(JobRunnerHarness.JobName, JobState.NotFinished, "c0", null, null, "earlier failure");
        var job = new ScriptedBatchJob(_harness, JobVocabulary.Resumable, () =>
        {
            _harness.Clock.Advance(TimeSpan.FromMinutes(1));
            return JobBatchOutcome.Done(1);
        });

        await _harness.RunAsync(job);

        Assert.Equal(
            new JobStatus(JobRunnerHarness.JobName, JobState.Finished, null, JobRunnerHarness.Start, JobRunnerHarness.Start.AddMinutes(1), null),
            _harness.Saved[^1]);
    }

    [Fact]
    public async Task A_resumable_job_between_batches_is_saved_as_not_finished_at_its_cursor()
    {
        await _harness.RunAsync(Job(JobBatchOutcome.More(1, "c1"), JobBatchOutcome.Done(1)));

        Assert.Equal((JobState.NotFinished, "c1", (DateTime?)null), (_harness.Saved[0].State, _harness.Saved[0].Cursor, _harness.Saved[0].LastFinishedUtc));
    }

    [Fact]
    public async Task A_resumable_job_saves_no_state_before_its_first_batch()
    {
        await _harness.RunAsync(Job(JobBatchOutcome.Done(1)));

        Assert.Single(_harness.Saved);
    }

    [Fact]
    public async Task A_run_tracking_job_is_saved_as_running_before_its_first_batch_and_between_batches()
    {
        var job = new ScriptedBatchJob(
            _harness, JobVocabulary.RunTracking, () => JobBatchOutcome.More(1, "c1"), () => JobBatchOutcome.Done(1));

        await _harness.RunAsync(job);

        Assert.Equal(
            ["acquire", "save:Running:", "begin", "batch:", "save:Running:c1", "commit", "renew", "begin", "batch:c1", "save:Finished:", "commit", "release"],
            _harness.Events);
        Assert.Equal(JobRunnerHarness.Start, _harness.Saved[0].LastStartedUtc);
    }

    [Fact]
    public async Task A_prepared_job_prepares_each_batch_at_its_cursor_before_the_batch_transaction_opens()
    {
        var job = new ScriptedPreparedBatchJob(_harness, null, () => JobBatchOutcome.More(1, "c1"), () => JobBatchOutcome.Done(1));

        await _harness.RunAsync(job);

        Assert.Equal(
            ["acquire", "prepare:", "begin", "batch:", "save:NotFinished:c1", "commit", "renew", "prepare:c1", "begin", "batch:c1", "save:Finished:", "commit", "release"],
            _harness.Events);
    }

    private ScriptedBatchJob Job(params JobBatchOutcome[] outcomes) =>
        new(_harness, JobVocabulary.Resumable, [.. outcomes.Select(o => (Func<JobBatchOutcome>)(() => o))]);
}
