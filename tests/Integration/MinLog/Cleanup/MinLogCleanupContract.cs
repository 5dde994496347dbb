using System.Net;
using Microsoft.EntityFrameworkCore;
using Nsp.Domain.MinLog;
using H = Nsp.Tests.Integration.MinLog.Lookup.MinLogLookupHost;
using Nsp.Tests.Integration.Shared.Status;

namespace Nsp.Tests.Integration.MinLog.Cleanup;

/// <summary><c>/minlog/cleanup</c> on PostgreSQL and SQLite (the embedded default): entries older than <c>minlog.cleanup.max.retention</c> go in
/// set-based batches within the time budget, a run cut short resumes, <c>status</c> row 1 keeps the instant reached,
/// organisation names no entry uses go too; <c>/minlog/status</c> and <c>/minlog/alarm</c> show the job.</summary>
public abstract class MinLogCleanupContract
{
    /// <summary>Starts the host on the provider under test, from empty MinLog tables and job states.</summary>
    protected abstract Task<H> StartHostAsync(Dictionary<string, string>? properties = null);

    private static DateTime ThreeYearsAgo => DateTime.UtcNow.AddYears(-3);

    [Fact]
    public async Task Old_entries_go_in_batches_recent_ones_stay_and_the_status_row_keeps_the_cutoff()
    {
        await using var host = await StartHostAsync(new() { ["minlog.cleanup.batch.size"] = "100" });
        await host.AddEntriesAsync("old", H.Citizen, ThreeYearsAgo, 250);
        await host.AddEntriesAsync("old-other", H.Other, ThreeYearsAgo.AddDays(1), 30);
        await host.AddEntriesAsync("recent", H.Citizen, DateTime.UtcNow.AddYears(-2).AddDays(1), 20);

        var (code, body) = await host.GetAsync("/minlog/cleanup");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.StartsWith("minlog-cleanup: FINISHED, 280 processed in 3 batches", body, StringComparison.Ordinal);
        Assert.Equal(20, await host.CountAsync(H.Citizen));
        Assert.Equal(0, await host.CountAsync(H.Other));
        var cutoff = await host.WithContextAsync(c => c.Statuses.AsNoTracking().SingleAsync(s => s.Id == MinLogStatus.CleanupRowId));
        Assert.InRange(cutoff.LastUpdated, DateTime.UtcNow.AddYears(-2).AddMinutes(-1), DateTime.UtcNow.AddYears(-2).AddMinutes(1));
    }

    [Fact]
    public async Task A_run_whose_budget_runs_out_stops_between_batches_and_the_next_run_resumes()
    {
        await using var host = await StartHostAsync(new()
        {
            ["minlog.cleanup.batch.size"] = "100",
            ["minlog.cleanup.max.duration"] = "PT0.001S",
        });
        var first = ThreeYearsAgo;
        await host.AddEntriesAsync("old", H.Citizen, first, 350);

        var (code, body) = await host.GetAsync("/minlog/cleanup");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.StartsWith("minlog-cleanup: NOT_FINISHED, 100 processed in 1 batches; the next trigger resumes", body, StringComparison.Ordinal);
        Assert.Equal(250, await host.CountAsync(H.Citizen));
        var reached = await host.WithContextAsync(c => c.Statuses.AsNoTracking().SingleAsync(s => s.Id == MinLogStatus.CleanupRowId));
        Assert.Equal(first.AddMilliseconds(100), reached.LastUpdated, TimeSpan.FromMilliseconds(1));
        Assert.Equal("NOT_FINISHED", await host.JobStateAsync());

        for (int run = 0; run < 10 && await host.CountAsync(H.Citizen) > 0; run++)
        {
            await host.GetAsync("/minlog/cleanup");
        }

        Assert.Equal(0, await host.CountAsync(H.Citizen));
        var (_, done) = await host.GetAsync("/minlog/cleanup");
        Assert.StartsWith("minlog-cleanup: FINISHED", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisation_names_no_entry_uses_go_and_names_still_used_stay()
    {
        await using var host = await StartHostAsync(new() { ["minlog.cleanup.batch.size"] = "100" });
        int onlyOld = await host.AddNameAsync("Kun gamle opslag");
        int stillUsed = await host.AddNameAsync("Stadig i brug");
        int neverUsed = await host.AddNameAsync("Aldrig brugt");
        await host.AddEntriesAsync("old-a", H.Citizen, ThreeYearsAgo, 150, onlyOld);
        await host.AddEntriesAsync("old-b", H.Citizen, ThreeYearsAgo, 5, stillUsed);
        await host.AddEntriesAsync("recent", H.Citizen, DateTime.UtcNow.AddDays(-1), 3, stillUsed);

        var (_, body) = await host.GetAsync("/minlog/cleanup");

        Assert.StartsWith("minlog-cleanup: FINISHED", body, StringComparison.Ordinal);
        var names = await host.WithContextAsync(c => c.OrganisationNames.AsNoTracking().Select(o => o.Id).ToListAsync());
        Assert.Equal([stillUsed], names);
        Assert.DoesNotContain(neverUsed, names);
        Assert.Equal(3, await host.CountAsync(H.Citizen));
    }

    [Fact]
    public async Task The_status_page_shows_the_database_and_the_alarm_names_a_failed_run_until_a_run_succeeds()
    {
        await using var host = await StartHostAsync();

        Assert.Equal((HttpStatusCode.OK, "Database: OK"), StatusPageText.SeedPart(await host.GetAsync("/minlog/status")));
        Assert.Equal((HttpStatusCode.OK, string.Empty), await host.GetAsync("/minlog/alarm"));

        await host.SqlAsync("ALTER TABLE logentry RENAME TO logentry_away");
        try
        {
            var (failedCode, failed) = await host.GetAsync("/minlog/cleanup");
            Assert.Equal(HttpStatusCode.InternalServerError, failedCode);
            Assert.Contains("FAILED", failed, StringComparison.Ordinal);
            var (alarmCode, alarm) = await host.GetAsync("/minlog/alarm");
            Assert.Equal(HttpStatusCode.InternalServerError, alarmCode);
            Assert.StartsWith("The MinLog cleanup job (minlog-cleanup) failed on its last run: ", alarm, StringComparison.Ordinal);
            Assert.Equal((HttpStatusCode.OK, "Database: OK"), StatusPageText.SeedPart(await host.GetAsync("/minlog/status")));
        }
        finally
        {
            await host.SqlAsync("ALTER TABLE logentry_away RENAME TO logentry");
        }

        var (_, again) = await host.GetAsync("/minlog/cleanup");
        Assert.StartsWith("minlog-cleanup: FINISHED", again, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, string.Empty), await host.GetAsync("/minlog/alarm"));
        Assert.Equal("FINISHED", await host.JobStateAsync());
    }

    [Fact]
    public async Task Every_trigger_is_audited_as_an_operations_call()
    {
        await using var host = await StartHostAsync();

        await host.GetAsync("/minlog/cleanup");

        var line = host.LastAudit().GetRawText();
        Assert.Contains("/minlog/cleanup", line, StringComparison.Ordinal);
        Assert.Contains("minlog-cleanup", line, StringComparison.Ordinal);
    }
}
