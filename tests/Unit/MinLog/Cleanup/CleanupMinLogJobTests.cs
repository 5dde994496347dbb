using Nsp.Tests.Unit.Shared;
using NSubstitute;
using Nsp.Application.MinLog.Cleanup;
using Nsp.Domain.Shared.Time;

namespace Nsp.Tests.Unit.MinLog.Cleanup;

public sealed class CleanupMinLogJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Cutoff = new(2024, 12, 8, 1, 0, 0, DateTimeKind.Utc);

    private readonly IMinLogCleanupStore _store = Substitute.For<IMinLogCleanupStore>();
    private readonly CleanupMinLogJob _job;

    public CleanupMinLogJobTests()
    {
        var time = new ManualTimeProvider(Now);
        _job = new CleanupMinLogJob(_store, new MinLogCleanupSettings { MaxRetention = IsoPeriod.FromYears(2), BatchSize = 100 }, time);
    }

    [Fact]
    public async Task A_full_batch_of_old_entries_keeps_the_instant_reached_and_asks_for_more()
    {
        var reached = Cutoff.AddDays(-300);
        _store.DeleteOldestAsync(Cutoff, 100, Arg.Any<CancellationToken>()).Returns(new MinLogCleanupBatch(100, reached, Finished: false));

        var outcome = await _job.RunBatchAsync(null, CancellationToken.None);

        Assert.Equal((100, false), (outcome.Processed, outcome.Finished));
        await _store.Received(1).SaveCutoffReachedAsync(reached, Arg.Any<CancellationToken>());
        await _store.DidNotReceiveWithAnyArgs().DeleteOrphanedNamesAsync(default, default);
    }

    [Fact]
    public async Task The_last_old_entries_leave_the_rest_of_the_batch_to_orphaned_names_and_finish_when_those_run_out()
    {
        _store.DeleteOldestAsync(Cutoff, 100, Arg.Any<CancellationToken>()).Returns(new MinLogCleanupBatch(30, Cutoff, Finished: true));
        _store.DeleteOrphanedNamesAsync(70, Arg.Any<CancellationToken>()).Returns(4);

        var outcome = await _job.RunBatchAsync(null, CancellationToken.None);

        Assert.Equal((34, true), (outcome.Processed, outcome.Finished));
        await _store.Received(1).SaveCutoffReachedAsync(Cutoff, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task More_orphaned_names_than_the_batch_has_room_for_ask_for_another_batch()
    {
        _store.DeleteOldestAsync(Cutoff, 100, Arg.Any<CancellationToken>()).Returns(new MinLogCleanupBatch(0, Cutoff, Finished: true));
        _store.DeleteOrphanedNamesAsync(100, Arg.Any<CancellationToken>()).Returns(100);

        var outcome = await _job.RunBatchAsync(null, CancellationToken.None);

        Assert.Equal((100, false), (outcome.Processed, outcome.Finished));
    }

    [Fact]
    public async Task The_cutoff_is_the_retention_period_counted_back_in_calendar_years()
    {
        _store.DeleteOldestAsync(default, default, default).ReturnsForAnyArgs(new MinLogCleanupBatch(0, Cutoff, Finished: true));

        await _job.RunBatchAsync(null, CancellationToken.None);

        await _store.Received(1).DeleteOldestAsync(new DateTime(2024, 12, 8, 1, 0, 0, DateTimeKind.Utc), 100, Arg.Any<CancellationToken>());
    }
}
