using Nsp.Application.Shared.Jobs;

namespace Nsp.Tests.Unit.Shared.Jobs;

public sealed class JobRunnerLeaseTests : IDisposable
{
    private readonly JobRunnerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_trigger_refused_the_lease_runs_no_batch_touches_no_state_and_reports_already_running()
    {
        _harness.LeaseFree = Task.FromResult(false);

        var result = await _harness.RunAsync(Job(JobBatchOutcome.Done(1)));

        Assert.Equal(new JobRunResult(JobRunnerHarness.JobName, JobRunOutcome.AlreadyRunning, 0, 0), result);
        Assert.Equal(["acquire"], _harness.Events);
    }

    [Fact]
    public async Task The_lease_is_held_for_the_budget_plus_five_minutes_and_renewed_for_as_long()
    {
        await _harness.RunAsync(Job(JobBatchOutcome.More(1), JobBatchOutcome.Done(1)), TimeSpan.FromMinutes(20));

        Assert.Equal([TimeSpan.FromMinutes(25), TimeSpan.FromMinutes(25)], _harness.LeaseDurations);
    }

    [Fact]
    public async Task The_lease_is_renewed_between_batches_but_not_after_the_last()
    {
        await _harness.RunAsync(Job(JobBatchOutcome.More(1), JobBatchOutcome.More(1), JobBatchOutcome.Done(1)));

        Assert.Equal(2, _harness.Events.Count(e => e == "renew"));
        Assert.True(_harness.Events.IndexOf("renew") > _harness.Events.IndexOf("commit"));
    }

    [Fact]
    public async Task The_lease_is_renewed_and_released_by_the_holder_that_took_it()
    {
        await _harness.RunAsync(Job(JobBatchOutcome.More(1), JobBatchOutcome.Done(1)));

        Assert.Equal(3, _harness.Holders.Count);
        Assert.Single(_harness.Holders.Distinct());
    }

    [Fact]
    public async Task Two_triggers_on_one_node_take_the_lease_as_different_holders()
    {
        // The same holder twice would let a second trigger "renew" the first one's lease and run alongside it.
        await _harness.RunAsync(Job(JobBatchOutcome.Done(1)));
        await _harness.RunAsync(Job(JobBatchOutcome.Done(1)));

        Assert.NotEqual(_harness.Holders[0], _harness.Holders[^1]);
    }

    [Fact]
    public async Task The_lease_is_released_once_the_run_ends()
    {
        await _harness.RunAsync(Job(JobBatchOutcome.Done(1)));

        Assert.Equal("release", _harness.Events[^1]);
    }

    [Fact]
    public async Task The_lease_is_released_even_when_the_run_is_cancelled()
    {
        var job = new ScriptedBatchJob(_harness, JobVocabulary.Resumable, () => throw new OperationCanceledException());

        await Assert.ThrowsAsync<OperationCanceledException>(() => _harness.RunAsync(job));

        Assert.Equal("release", _harness.Events[^1]);
    }

    [Fact]
    public async Task A_lost_lease_stops_the_run_before_the_next_batch_and_fails_it()
    {
        _harness.LeaseKept = Task.FromResult(false);

        var result = await _harness.RunAsync(Job(JobBatchOutcome.More(3), JobBatchOutcome.Done(1)));

        Assert.Equal(JobRunOutcome.Failed, result.Outcome);
        Assert.Equal((3, 1), (result.Processed, result.Batches));
        Assert.Contains("lease", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Single(_harness.Events, e => e.StartsWith("batch:", StringComparison.Ordinal));
    }

    private ScriptedBatchJob Job(params JobBatchOutcome[] outcomes) =>
        new(_harness, JobVocabulary.Resumable, [.. outcomes.Select(o => (Func<JobBatchOutcome>)(() => o))]);
}
