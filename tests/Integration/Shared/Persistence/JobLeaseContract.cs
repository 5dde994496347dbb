using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Persistence;

namespace Nsp.Tests.Integration.Shared.Persistence;

/// <summary>The lease's behaviour, run on each provider by the subclasses.</summary>
public abstract class JobLeaseContract : ServiceDatabaseTestBase
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private IJobLease Lease => Services.GetRequiredKeyedService<IJobLease>(NspService.MinLog);

    [Fact]
    public async Task Two_concurrent_acquirers_of_a_new_job_exactly_one_wins()
    {
        for (var round = 0; round < 10; round++)
        {
            var job = $"race-new-{round}";
            var winners = await RaceAsync(job);
            Assert.Equal(1, winners);
        }
    }

    [Fact]
    public async Task Two_concurrent_acquirers_of_an_expired_lease_exactly_one_wins()
    {
        for (var round = 0; round < 10; round++)
        {
            var job = $"race-expired-{round}";
            Assert.True(await Lease.TryAcquireAsync(job, "old-holder", Minute, CancellationToken.None));
            Clock.Advance(TimeSpan.FromMinutes(2));
            var winners = await RaceAsync(job);
            Assert.Equal(1, winners);
        }
    }

    [Fact]
    public async Task A_held_lease_refuses_a_second_holder()
    {
        Assert.True(await Lease.TryAcquireAsync("held", "a", Minute, CancellationToken.None));

        Clock.Advance(TimeSpan.FromSeconds(59));

        Assert.False(await Lease.TryAcquireAsync("held", "b", Minute, CancellationToken.None));
    }

    [Fact]
    public async Task An_expired_lease_is_taken_over_and_the_old_holder_cannot_renew()
    {
        Assert.True(await Lease.TryAcquireAsync("expiring", "a", Minute, CancellationToken.None));
        Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.True(await Lease.TryAcquireAsync("expiring", "b", Minute, CancellationToken.None));
        Assert.False(await Lease.RenewAsync("expiring", "a", Minute, CancellationToken.None));
    }

    [Fact]
    public async Task Renewing_keeps_the_lease_past_its_first_expiry()
    {
        Assert.True(await Lease.TryAcquireAsync("renewed", "a", Minute, CancellationToken.None));
        Clock.Advance(TimeSpan.FromSeconds(50));
        Assert.True(await Lease.RenewAsync("renewed", "a", Minute, CancellationToken.None));
        Clock.Advance(TimeSpan.FromSeconds(50));

        Assert.False(await Lease.TryAcquireAsync("renewed", "b", Minute, CancellationToken.None));
    }

    [Fact]
    public async Task Release_lets_the_next_one_in_at_once()
    {
        Assert.True(await Lease.TryAcquireAsync("released", "a", Minute, CancellationToken.None));
        Assert.False(await Lease.TryAcquireAsync("released", "b", Minute, CancellationToken.None));

        await Lease.ReleaseAsync("released", "a", CancellationToken.None);

        Assert.True(await Lease.TryAcquireAsync("released", "b", Minute, CancellationToken.None));
    }

    [Fact]
    public async Task Release_by_a_former_holder_does_not_free_the_new_holders_lease()
    {
        Assert.True(await Lease.TryAcquireAsync("stale-release", "a", Minute, CancellationToken.None));
        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await Lease.TryAcquireAsync("stale-release", "b", Minute, CancellationToken.None));

        await Lease.ReleaseAsync("stale-release", "a", CancellationToken.None);

        Assert.False(await Lease.TryAcquireAsync("stale-release", "c", Minute, CancellationToken.None));
    }

    private async Task<int> RaceAsync(string job)
    {
        using var start = new ManualResetEventSlim();
        var contenders = new[] { "node-1", "node-2" }
            .Select(holder => Task.Run(async () =>
            {
                start.Wait();
                return await Lease.TryAcquireAsync(job, holder, Minute, CancellationToken.None);
            }))
            .ToArray();
        start.Set();
        var results = await Task.WhenAll(contenders);
        return results.Count(won => won);
    }
}
