using Nsp.Application.Idsas.Operations;
using Nsp.Application.Idsas.Operations.CleanupBlurringsDeceased;
using Nsp.Application.Shared.Jobs;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>cleanup-blurrings-deceased on PostgreSQL against an in-test PersonInformation that dies half-way.</summary>
public sealed class DeceasedCleanupJobTests(IdsasDatabase<DeceasedCleanupJobTests> database) : IClassFixture<IdsasDatabase<DeceasedCleanupJobTests>>
{
    [Fact]
    public async Task Deceased_cleanup_resumes_from_its_cursor_after_PersonInformation_dies_half_way()
    {
        await using var persons = await TestPersonInformationServer.StartAsync();
        var properties = IdsasTestHost.Configuration(persons.Url);
        properties["idsas-operations:idsas.cleanup.deceased.batch.size"] = "3";
        properties["idsas-operations:idsas.cleanup.max.duration"] = "PT30S";
        await using var host = IdsasTestHost.Start(database.Options, properties);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        // Ten citizens in order; 1, 4, 5 and 9 died over a year ago, 7 died last month, the rest live.
        var cprs = Enumerable.Range(0, 10).Select(i => $"10107{i:D5}").ToList();
        foreach (var (cpr, i) in cprs.Select((c, i) => (c, i)))
        {
            var (status, date) = i switch
            {
                1 or 4 or 5 or 9 => ("90", today.AddYears(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                7 => ("90", today.AddMonths(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                _ => ("01", (string?)null),
            };
            persons.Add(cpr, status, date);
        }

        await host.WithContextAsync(c =>
        {
            foreach (var cpr in cprs)
            {
                c.Blurrings.Add(Blurring.Create(cpr, null, "13131313", now.AddDays(10), now));
                c.Blurrings.Add(Blurring.Create(cpr, null, "14141414", now.AddDays(10), now));
            }

            return Task.CompletedTask;
        });

        // Two batches answered, then PersonInformation drops every connection.
        persons.Server.FailAfter(2);
        var failed = await host.RunJobAsync(new CleanupBlurringsDeceasedCommand(), IdsasJobNames.CleanupBlurringsDeceased);
        var cursor = (await host.JobStatusAsync(IdsasJobNames.CleanupBlurringsDeceased)).Cursor;
        var afterFailure = await host.RemainingPatientIdsAsync();

        persons.Server.Answer();
        var requestsBefore = persons.Server.RequestCount;
        var resumed = await host.RunJobAsync(new CleanupBlurringsDeceasedCommand(), IdsasJobNames.CleanupBlurringsDeceased);

        Assert.Equal(JobRunOutcome.Failed, failed.Outcome);
        Assert.Equal(cprs[5], cursor);
        Assert.Equal(cprs.Where((_, i) => i is not (1 or 4 or 5)), afterFailure);
        Assert.Equal(JobRunOutcome.Finished, resumed.Outcome);
        // Resumed after the cursor: two batches (ids 6-8 and 9), not four.
        Assert.Equal(2, persons.Server.RequestCount - requestsBefore);
        Assert.Equal(cprs.Where((_, i) => i is not (1 or 4 or 5 or 9)), await host.RemainingPatientIdsAsync());
    }
}
