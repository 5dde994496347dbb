using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Idsas.Operations;
using Nsp.Application.Idsas.Operations.CleanupBlurrings;
using Nsp.Application.Shared.Jobs;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Domain.Idsas.OrgBlurrings;
using Nsp.Domain.Shared.Jobs;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>cleanup-blurrings on PostgreSQL: more rows than one batch and a budget that runs out mid-way.</summary>
public sealed class CleanupJobsTests(IdsasDatabase<CleanupJobsTests> database) : IClassFixture<IdsasDatabase<CleanupJobsTests>>
{
    [Fact]
    public async Task Cleanup_deletes_only_what_is_old_enough_in_batches_and_resumes_after_its_budget()
    {
        var properties = IdsasTestHost.Configuration("http://127.0.0.1:9/pi");
        properties["idsas-operations:idsas.cleanup.batch.size"] = "7";
        // So short that every run stops after its first batch.
        properties["idsas-operations:idsas.cleanup.max.duration"] = "PT0.000001S";
        await using var host = IdsasTestHost.Start(database.Options, properties);
        var now = DateTime.UtcNow;
        var old = now.AddYears(-5).AddDays(-1);
        await host.WithContextAsync(c =>
        {
            for (var i = 0; i < 12; i++)
            {
                c.Blurrings.Add(Blurring.Create($"08088{i:D5}", null, "12121212", old.AddMinutes(-i), old.AddDays(-90)));
            }

            // Ended four years ago, or still active: kept.
            c.Blurrings.Add(Blurring.Create("0909091111", null, "12121212", now.AddYears(-4), now.AddYears(-4).AddDays(-1)));
            c.Blurrings.Add(Blurring.Create("0909092222", null, "12121212", now.AddDays(3), now));
            for (var i = 0; i < 4; i++)
            {
                var removedLongAgo = OrgBlurring.Create($"old-{i}", OrgClassification.Sor, old.AddDays(-10));
                removedLongAgo.Remove(old);
                c.OrgBlurrings.Add(removedLongAgo);
            }

            var removedRecently = OrgBlurring.Create("recent", OrgClassification.Shak, now.AddDays(-20));
            removedRecently.Remove(now.AddDays(-1));
            c.OrgBlurrings.Add(removedRecently);
            c.OrgBlurrings.Add(OrgBlurring.Create("active", OrgClassification.Sor, old.AddDays(-10)));
            return Task.CompletedTask;
        });

        var first = await host.RunJobAsync(new CleanupBlurringsCommand(), IdsasJobNames.CleanupBlurrings);
        var stateAfterFirst = (await host.JobStatusAsync(IdsasJobNames.CleanupBlurrings)).State;
        var second = await host.RunJobAsync(new CleanupBlurringsCommand(), IdsasJobNames.CleanupBlurrings);
        var third = await host.RunJobAsync(new CleanupBlurringsCommand(), IdsasJobNames.CleanupBlurrings);

        Assert.Equal((JobRunOutcome.NotFinished, 7), (first.Outcome, first.Processed));
        Assert.Equal(JobState.NotFinished, stateAfterFirst);
        Assert.Equal((JobRunOutcome.NotFinished, 7), (second.Outcome, second.Processed)); // 5 blurrings + 2 org blurrings
        Assert.Equal((JobRunOutcome.Finished, 2), (third.Outcome, third.Processed));
        Assert.Equal(JobState.Finished, (await host.JobStatusAsync(IdsasJobNames.CleanupBlurrings)).State);
        await host.WithContextAsync(async c =>
        {
            Assert.Equal(["0909091111", "0909092222"], await c.Blurrings.Select(b => b.PatientId).OrderBy(p => p).ToListAsync());
            Assert.Equal(["active", "recent"], await c.OrgBlurrings.Select(o => o.OrgId).OrderBy(o => o).ToListAsync());
        });
    }
}
