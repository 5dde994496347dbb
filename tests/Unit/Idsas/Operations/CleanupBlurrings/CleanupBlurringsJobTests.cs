using Nsp.Application.Idsas.Blurrings;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Idsas.Operations.CleanupBlurrings;
using Nsp.Application.Idsas.OrgBlurrings;
using Nsp.Application.Shared.Jobs;
using Nsp.Domain.Shared.Time;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.Operations.CleanupBlurrings;

public sealed class CleanupBlurringsJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Cutoff = new(2021, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    private readonly IBlurringRepository _blurrings = Substitute.For<IBlurringRepository>();
    private readonly IOrgBlurringRepository _orgBlurrings = Substitute.For<IOrgBlurringRepository>();

    private Task<JobBatchOutcome> RunAsync(int batchSize = 10) =>
        new CleanupBlurringsJob(_blurrings, _orgBlurrings, new IdsasOperationsSettings { BatchSize = batchSize, MaxRetention = IsoPeriod.FromYears(5) }, new ManualTimeProvider(Now))
            .RunBatchAsync(null, CancellationToken.None);

    [Fact]
    public async Task A_full_batch_of_old_blurrings_leaves_the_org_blurrings_for_the_next_batch()
    {
        _blurrings.DeleteEndedAsync(Cutoff, 10, Arg.Any<CancellationToken>()).Returns(10);

        var outcome = await RunAsync();

        Assert.Equal(JobBatchOutcome.More(10), outcome);
        await _orgBlurrings.DidNotReceiveWithAnyArgs().DeleteRemovedAsync(default, default, default);
    }

    [Fact]
    public async Task What_the_blurrings_leave_of_the_batch_goes_to_removed_org_blurrings_older_than_the_retention()
    {
        _blurrings.DeleteEndedAsync(Cutoff, 10, Arg.Any<CancellationToken>()).Returns(4);
        _orgBlurrings.DeleteRemovedAsync(Cutoff, 6, Arg.Any<CancellationToken>()).Returns(2);

        var outcome = await RunAsync();

        Assert.Equal(JobBatchOutcome.Done(6), outcome);
        await _orgBlurrings.Received(1).DeleteRemovedAsync(Cutoff, 6, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_batch_filled_by_both_kinds_asks_for_another()
    {
        _blurrings.DeleteEndedAsync(Cutoff, 10, Arg.Any<CancellationToken>()).Returns(7);
        _orgBlurrings.DeleteRemovedAsync(Cutoff, 3, Arg.Any<CancellationToken>()).Returns(3);

        var outcome = await RunAsync();

        Assert.Equal(JobBatchOutcome.More(10), outcome);
    }

    [Fact]
    public async Task Nothing_left_to_delete_finishes_the_job()
    {
        var outcome = await RunAsync();

        Assert.Equal(JobBatchOutcome.Done(0), outcome);
        await _orgBlurrings.Received(1).DeleteRemovedAsync(Cutoff, 10, Arg.Any<CancellationToken>());
    }
}
