using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Nsp.Tests.Integration.Shared.Status;

namespace Nsp.Tests.Integration.Odr.Jobs;

/// <summary>OrganDonorDeceasedCleanup and OrganDonorEmigratedCleanup through their HTTP triggers on PostgreSQL and SQLite (the embedded default), with
/// an in-test PersonInformation that can fail.</summary>
public abstract class CleanupJobsContract
{
    /// <summary>Starts the host on the provider under test, from empty ODR tables and job states.</summary>
    protected abstract Task<OdrJobsHost> StartHostAsync(Dictionary<string, string>? properties = null);

    private const string Deceased = "/odr-slettejob/deceased/start";
    private const string Emigrated = "/odr-slettejob/emigrated/start";
    private const string JobFailedPrefix = "Baggrundsjobbet StackedOperationsService fejlede sidst det blev kørt. Problemet var: ";
    private const string PersonInformationLine = "Person Information servicen har fejlet flere gange end tilladt i en given periode.";

    private static readonly DateTime Now = DateTime.UtcNow;

    [Fact]
    public async Task Deceased_cleanup_deletes_all_data_of_persons_dead_twelve_months_and_keeps_later_and_reversed_deaths()
    {
        await using var host = await StartHostAsync();
        var today = OdrJobsHost.Today;
        var born = new DateOnly(1960, 5, 5);
        var deadAtBoundary = host.CprBornOn(born, 1);
        var deadADayShort = host.CprBornOn(born, 2);
        var reversed = host.CprBornOn(born, 3);
        var deadWithLettersOnly = host.CprBornOn(born, 4);
        var unknown = host.CprBornOn(born, 5);
        host.Persons.Add(deadAtBoundary, "90", Text(today.AddMonths(-12)));
        host.Persons.Add(deadADayShort, "90", Text(today.AddMonths(-12).AddDays(1)));
        host.Persons.Add(reversed, "01", null);
        host.Persons.Add(deadWithLettersOnly, "90", Text(today.AddYears(-2)));
        foreach (var cpr in new[] { deadAtBoundary, deadADayShort, reversed, unknown })
        {
            await host.AddRegistrationAsync(cpr, Now.AddYears(-3), Now.AddYears(-2));
            await host.AddRegistrationAsync(cpr, Now.AddYears(-2));
        }

        await host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync(
            "INSERT INTO notificationperson (date, cpr, status) VALUES ({0}, {1}, 'Completed'), ({0}, {2}, 'Completed')",
            today.AddYears(-3), deadAtBoundary, deadWithLettersOnly));

        var answer = await host.StartOkAsync(Deceased);

        Assert.Contains("FINISHED, 2 processed", answer, StringComparison.Ordinal);
        Assert.Equal(new[] { deadADayShort, reversed, unknown }.Order(StringComparer.Ordinal), await host.CprsWithDataAsync());
        var audit = host.AuditLines().Where(l => l.Contains("\"deceasedCleanup\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, l => Assert.Contains("\"deleted-cpr\"", l, StringComparison.Ordinal));
        Assert.All(audit, l => Assert.Contains("\"RPI\"", l, StringComparison.Ordinal));
        Assert.Single(audit, l => l.Contains(deadAtBoundary, StringComparison.Ordinal));
        Assert.Single(audit, l => l.Contains(deadWithLettersOnly, StringComparison.Ordinal));
        Assert.Equal(0, await host.MinLogEntriesAsync());
        Assert.Equal((HttpStatusCode.OK, string.Empty), await host.GetAsync("/odr-slettejob/alarm"));
    }

    [Fact]
    public async Task Deceased_cleanup_stops_when_its_budget_runs_out_and_the_next_start_resumes_at_the_cursor()
    {
        // The older budget key still works; a tiny budget lets one batch of two CPRs run per start.
        await using var host = await StartHostAsync(new()
        {
            ["deletion.desired.execution.duration"] = "PT0.001S",
            ["deletion.batchsize.deceased"] = "2",
        });
        var cprs = Enumerable.Range(1, 6).Select(i => host.CprBornOn(new DateOnly(1950, 1, 1), i)).ToList();
        foreach (var (cpr, i) in cprs.Select((c, i) => (c, i)))
        {
            // Odd positions died long ago, even ones live.
            host.Persons.Add(cpr, i % 2 == 1 ? "90" : "01", i % 2 == 1 ? Text(OdrJobsHost.Today.AddYears(-5)) : null);
            await host.AddRegistrationAsync(cpr, Now.AddYears(-10));
        }

        var first = await host.StartOkAsync(Deceased);
        var afterFirst = await host.CprsWithDataAsync();
        var requestsAfterFirst = host.Persons.Server.RequestCount;
        await host.StartOkAsync(Deceased);
        var afterSecond = await host.CprsWithDataAsync();

        Assert.Contains("NOT_FINISHED, 1 processed in 1 batches", first, StringComparison.Ordinal);
        Assert.Equal(cprs.Where((_, i) => i != 1), afterFirst);
        // The second start walked the next two CPRs only: one more PersonInformation request, not a new pass.
        Assert.Equal(requestsAfterFirst + 1, host.Persons.Server.RequestCount);
        Assert.Equal(cprs.Where((_, i) => i is not (1 or 3)), afterSecond);

        await host.StartOkAsync(Deceased);
        await host.StartOkAsync(Deceased);
        Assert.Equal(cprs.Where((_, i) => i % 2 == 0), await host.CprsWithDataAsync());
    }

    [Fact]
    public async Task The_deceased_jobs_own_budget_key_wins_over_the_older_one()
    {
        await using var host = await StartHostAsync(new()
        {
            ["deletion.desired.execution.duration.deceased"] = "PT0.001S",
            ["deletion.desired.execution.duration"] = "PT30S",
            ["deletion.batchsize.deceased"] = "1",
        });
        foreach (var i in Enumerable.Range(1, 2))
        {
            var cpr = host.CprBornOn(new DateOnly(1951, 1, 1), i);
            host.Persons.Add(cpr, "90", Text(OdrJobsHost.Today.AddYears(-5)));
            await host.AddRegistrationAsync(cpr, Now.AddYears(-10));
        }

        Assert.Contains("NOT_FINISHED, 1 processed in 1 batches", await host.StartOkAsync(Deceased), StringComparison.Ordinal);
        Assert.Single(await host.CprsWithDataAsync());
    }

    [Theory]
    [InlineData("deceased", "90")]
    [InlineData("emigrated", "80")]
    public async Task PersonInformation_is_asked_in_requests_of_its_batch_size_within_a_job_batch(string job, string status)
    {
        // Five CPRs in one job batch, asked about two at a time: three requests.
        await using var host = await StartHostAsync(new()
        {
            [$"deletion.batchsize.{job}"] = "5",
            [$"personinformation.batchsize.{job}"] = "2",
        });
        foreach (var i in Enumerable.Range(1, 5))
        {
            var cpr = host.CprBornOn(new DateOnly(1952, 2, 2), i);
            host.Persons.Add(cpr, status, Text(OdrJobsHost.Today.AddYears(-5)));
            await host.AddRegistrationAsync(cpr, Now.AddYears(-10));
        }

        var answer = await host.StartOkAsync(job == "deceased" ? Deceased : Emigrated);

        // A full batch is followed by an empty one that finds the end and asks nobody.
        Assert.Contains("FINISHED, 5 processed in 2 batches", answer, StringComparison.Ordinal);
        Assert.Equal(3, host.Persons.Server.RequestCount);
    }

    [Fact]
    public async Task Emigrated_cleanup_stops_when_its_budget_runs_out_and_the_next_start_resumes_at_the_cursor()
    {
        await using var host = await StartHostAsync(new()
        {
            ["deletion.desired.execution.duration.emigrated"] = "PT0.001S",
            ["deletion.batchsize.emigrated"] = "2",
        });
        var cprs = Enumerable.Range(1, 4).Select(i => host.CprBornOn(new DateOnly(1953, 3, 3), i)).ToList();
        foreach (var cpr in cprs)
        {
            host.Persons.Add(cpr, "80", Text(OdrJobsHost.Today.AddYears(-1)));
            await host.AddRegistrationAsync(cpr, Now.AddYears(-10));
        }

        var first = await host.StartOkAsync(Emigrated);
        var openAfterFirst = await OpenAsync(host);
        var second = await host.StartOkAsync(Emigrated);

        Assert.Contains("NOT_FINISHED, 2 processed in 1 batches", first, StringComparison.Ordinal);
        Assert.Equal(cprs.Skip(2), openAfterFirst);
        Assert.Contains("2 processed", second, StringComparison.Ordinal);
        Assert.Empty(await OpenAsync(host));
        Assert.Equal(2, host.Persons.Server.RequestCount);
    }

    [Fact]
    public async Task An_older_installs_cleanup_properties_still_set_the_jobs()
    {
        // Only cleanup.properties names the batch size and the save period.
        await using var host = await StartHostAsync(new()
        {
            [OdrJobsHost.InCleanupProperties + "deletion.batchsize.deceased"] = "1",
            [OdrJobsHost.InCleanupProperties + "deletion.save.deceased"] = "P1D",
        });
        var cprs = Enumerable.Range(1, 2).Select(i => host.CprBornOn(new DateOnly(1954, 4, 4), i)).ToList();
        foreach (var cpr in cprs)
        {
            host.Persons.Add(cpr, "90", Text(OdrJobsHost.Today.AddDays(-2)));
            await host.AddRegistrationAsync(cpr, Now.AddYears(-10));
        }

        var answer = await host.StartOkAsync(Deceased);

        // One CPR a batch (and an empty batch finding the end); the default of 1000 would take one batch.
        Assert.Contains("FINISHED, 2 processed in 3 batches", answer, StringComparison.Ordinal);
        Assert.Empty(await host.CprsWithDataAsync());
    }

    [Fact]
    public async Task PersonInformation_failing_still_answers_200_and_the_alarm_shows_the_seed_lines_until_a_good_run_and_the_window_pass()
    {
        await using var host = await StartHostAsync(new() { ["personinformation.errorcount.duration"] = "PT2S" });
        var cpr = host.CprBornOn(new DateOnly(1940, 2, 2), 1);
        host.Persons.Add(cpr, "90", Text(OdrJobsHost.Today.AddYears(-2)));
        await host.AddRegistrationAsync(cpr, Now.AddYears(-5));
        host.Persons.Server.Fail(500);

        var failed = await host.GetAsync(Deceased);
        var alarm = await host.GetAsync("/odr-slettejob/alarm");

        Assert.Equal(HttpStatusCode.OK, failed.Code);
        Assert.Contains("FAILED", failed.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, alarm.Code);
        var lines = alarm.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(JobFailedPrefix, lines[0], StringComparison.Ordinal);
        Assert.EndsWith(".", lines[0], StringComparison.Ordinal);
        Assert.Equal(PersonInformationLine, lines[1]);
        Assert.Equal([cpr], await host.CprsWithDataAsync());
        Assert.Equal((HttpStatusCode.OK, "Database : OK"), StatusPageText.SeedPart(await host.GetAsync("/odr-slettejob/status")));

        host.Persons.Server.Answer();
        await host.StartOkAsync(Deceased);
        Assert.Equal((HttpStatusCode.InternalServerError, PersonInformationLine + "\n"), await host.GetAsync("/odr-slettejob/alarm"));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal((HttpStatusCode.OK, string.Empty), await host.GetAsync("/odr-slettejob/alarm"));
        Assert.Empty(await host.CprsWithDataAsync());
    }

    [Fact]
    public async Task Emigrated_cleanup_closes_the_active_registration_of_emigrated_persons_and_keeps_history_and_others()
    {
        await using var host = await StartHostAsync(new() { ["deletion.batchsize.emigrated"] = "2" });
        var born = new DateOnly(1970, 3, 3);
        var emigrated = host.CprBornOn(born, 1);
        var living = host.CprBornOn(born, 2);
        var emigratedClosedOnly = host.CprBornOn(born, 3);
        var emigratedToo = host.CprBornOn(born, 4);
        foreach (var cpr in new[] { emigrated, emigratedClosedOnly, emigratedToo })
        {
            host.Persons.Add(cpr, "80", Text(OdrJobsHost.Today.AddYears(-1)));
        }

        host.Persons.Add(living, "01", null);
        await host.AddRegistrationAsync(emigrated, Now.AddYears(-4), Now.AddYears(-3));
        await host.AddRegistrationAsync(emigrated, Now.AddYears(-3));
        await host.AddRegistrationAsync(living, Now.AddYears(-3));
        await host.AddRegistrationAsync(emigratedClosedOnly, Now.AddYears(-3), Now.AddYears(-2));
        await host.AddRegistrationAsync(emigratedToo, Now.AddYears(-3));
        var before = DateTime.UtcNow;

        var answer = await host.StartOkAsync(Emigrated);

        Assert.Contains("FINISHED, 2 processed in 2 batches", answer, StringComparison.Ordinal);
        var rows = await host.WithContextAsync(c => c.Registrations.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        Assert.Null(Assert.Single(rows, r => r.Cpr == living).ValidTo);
        Assert.All(rows.Where(r => r.Cpr == emigrated || r.Cpr == emigratedToo), r => Assert.NotNull(r.ValidTo));
        Assert.InRange(rows.Last(r => r.Cpr == emigrated).ValidTo!.Value, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(2, rows.Count(r => r.Cpr == emigrated));
        Assert.Equal(Now.AddYears(-2), rows.Single(r => r.Cpr == emigratedClosedOnly).ValidTo!.Value, TimeSpan.FromMilliseconds(1));
        var audit = host.AuditLines().Where(l => l.Contains("\"emigratedCleanup\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, l => Assert.Contains("\"invalidated-cpr\"", l, StringComparison.Ordinal));
        Assert.Single(audit, l => l.Contains(emigrated, StringComparison.Ordinal));
        Assert.Single(audit, l => l.Contains(emigratedToo, StringComparison.Ordinal));
        Assert.Equal(0, await host.MinLogEntriesAsync());
    }

    private static Task<List<string>> OpenAsync(OdrJobsHost host) =>
        host.WithContextAsync(async c => (await c.Registrations.Where(r => r.ValidTo == null).Select(r => r.Cpr).ToListAsync())
            .Order(StringComparer.Ordinal).ToList());

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
