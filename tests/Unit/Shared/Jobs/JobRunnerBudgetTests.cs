using Nsp.Application.Shared.Jobs;
using Nsp.Domain.Shared.Jobs;

namespace Nsp.Tests.Unit.Shared.Jobs;

public sealed class JobRunnerBudgetTests : IDisposable
{
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(10);
    private readonly JobRunnerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_run_that_spends_its_budget_stops_after_the_batch_in_hand_and_reports_not_finished()
    {
        var result = await _harness.RunAsync(Job(JobVocabulary.Resumable, TimeSpan.FromMinutes(6), 3), Budget);

        Assert.Equal(new JobRunResult(JobRunnerHarness.JobName, JobRunOutcome.NotFinished, 2, 2), result);
        Assert.DoesNotContain("renew", _harness.Events.SkipWhile(e => e != "save:NotFinished:c2"));
    }

    [Fact]
    public async Task A_run_stops_when_exactly_its_budget_is_spent()
    {
        var result = await _harness.RunAsync(Job(JobVocabulary.Resumable, Budget, 3), Budget);

        Assert.Equal((JobRunOutcome.NotFinished, 1), (result.Outcome, result.Batches));
    }

    [Fact]
    public async Task A_run_goes_on_while_some_budget_is_left()
    {
        var result = await _harness.RunAsync(Job(JobVocabulary.Resumable, Budget - TimeSpan.FromTicks(1), 3), Budget);

        Assert.Equal((JobRunOutcome.NotFinished, 2), (result.Outcome, result.Batches));
    }

    [Fact]
    public async Task A_resumable_job_that_spends_its_budget_keeps_its_cursor_for_the_next_run()
    {
        await _harness.RunAsync(Job(JobVocabulary.Resumable, Budget, 3), Budget);

        Assert.Equal(new JobStatus(JobRunnerHarness.JobName, JobState.NotFinished, "c1", JobRunnerHarness.Start, null, null), _harness.Saved[^1]);
    }

    [Fact]
    public async Task A_run_tracking_job_that_spends_its_budget_has_finished_its_run_and_keeps_its_cursor()
    {
        await _harness.RunAsync(Job(JobVocabulary.RunTracking, Budget, 3), Budget);

        Assert.Equal(
            new JobStatus(JobRunnerHarness.JobName, JobState.Finished, "c1", JobRunnerHarness.Start, JobRunnerHarness.Start + Budget, null),
            _harness.Saved[^1]);
    }

    /// <summary>A job of <paramref name="count"/> unfinished batches, each taking <paramref name="batchTime"/>.</summary>
    private ScriptedBatchJob Job(JobVocabulary vocabulary, TimeSpan batchTime, int count) =>
        new(_harness, vocabulary, [.. Enumerable.Range(1, count).Select(i => (Func<JobBatchOutcome>)(() =>
        {
            _harness.Clock.Advance(batchTime);
            return JobBatchOutcome.More(1, $"c{i}");
        }))]);
}
