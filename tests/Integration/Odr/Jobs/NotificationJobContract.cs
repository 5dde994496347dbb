using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Nsp.Domain.Odr.Notifications;
using Nsp.Tests.Integration.Shared.NationalServices.DigitalPost;

namespace Nsp.Tests.Integration.Odr.Jobs;

/// <summary>OrganDonorNotification through its HTTP trigger on PostgreSQL and SQLite (the embedded default), with in-test PersonInformation and
/// Digital Post servers.</summary>
public abstract class NotificationJobContract
{
    /// <summary>Starts the host on the provider under test, from empty ODR tables and job states.</summary>
    protected abstract Task<OdrJobsHost> StartHostAsync(Dictionary<string, string>? properties = null);

    private const string Start = "/odr-send-digitalpost-notifikation/start";
    private const string Status = "/odr-send-digitalpost-notifikation/status";
    private const string Alarm = "/odr-send-digitalpost-notifikation/alarm";
    private const string DigitalUndecided = "ODR/20250911/digital/18aarIkkeTagetStilling";
    private const string DigitalDecided = "ODR/20250911/digital/18aarHarTagetStilling";
    private const string PhysicalUndecided = "ODR/20250911/physical/18aarIkkeTagetStilling";
    private const string PhysicalDecided = "ODR/20250911/physical/18aarHarTagetStilling";

    private static DateOnly Today => OdrJobsHost.Today;

    [Fact]
    public async Task Sends_decided_and_undecided_letters_from_the_start_date_and_completes_each_date_up_to_today()
    {
        await using var host = await StartAsync(Today.AddDays(-1));
        var decided = host.CprBornOn(BornFor(Today.AddDays(-1)), 1);
        var undecided = host.CprBornOn(BornFor(Today.AddDays(-1)), 2);
        var todays = host.CprBornOn(BornFor(Today), 3);
        var beforeStart = host.CprBornOn(BornFor(Today.AddDays(-2)), 4);
        foreach (var cpr in new[] { decided, undecided, todays, beforeStart })
        {
            host.Persons.Add(cpr, "01", null);
        }

        await host.AddRegistrationAsync(decided, DateTime.UtcNow.AddMonths(-1));

        var answer = await host.StartOkAsync(Start);

        Assert.Contains("FINISHED, 3 processed", answer, StringComparison.Ordinal);
        var letters = Letters(host.DigitalPost);
        Assert.Equal(3, letters.Count);
        Assert.Equal((DigitalDecided, PhysicalDecided), letters.Single(l => l.Cpr == decided).Templates);
        Assert.Equal((DigitalUndecided, PhysicalUndecided), letters.Single(l => l.Cpr == undecided).Templates);
        Assert.Equal((DigitalUndecided, PhysicalUndecided), letters.Single(l => l.Cpr == todays).Templates);
        Assert.DoesNotContain(letters, l => l.Cpr == beforeStart);
        var dates = await host.WithContextAsync(c => c.NotificationDates.AsNoTracking().OrderBy(d => d.Date).ToListAsync());
        Assert.Equal([(Today.AddDays(-1), NotificationDateStatus.Completed), (Today, NotificationDateStatus.Completed)], dates.Select(d => (d.Date, d.Status)));
        var rows = await host.WithContextAsync(c => c.NotificationPersons.AsNoTracking().ToListAsync());
        Assert.All(rows, r => Assert.Equal(NotificationPersonStatus.Completed, r.Status));
        Assert.All(rows, r => Assert.NotNull(r.SentAtDateTime));
        Assert.True(rows.Single(r => r.Cpr == decided).Decided);
        Assert.Equal(letters.Select(l => l.MessageId).Order(), rows.Select(r => Guid.Parse(r.MessageId!)).Order());

        var audit = host.AuditLines().Where(l => l.Contains("\"digitalPostSent\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, audit.Count);
        var line = JsonNode.Parse(audit.Single(l => l.Contains(decided, StringComparison.Ordinal)))!.ToJsonString();
        Assert.Contains("\"digital-post-request\"", line, StringComparison.Ordinal);
        Assert.Contains("\"SPI\"", line, StringComparison.Ordinal);
        Assert.Contains(DigitalDecided, line, StringComparison.Ordinal);
        Assert.Contains("\"digital-post-response\"", line, StringComparison.Ordinal);
        Assert.Contains("\"NPI\"", line, StringComparison.Ordinal);
        Assert.Equal(0, await host.MinLogEntriesAsync());
        var information = JsonNode.Parse(line)!["audit"]!["components"]!.AsArray()
            .SelectMany(c => c!["contexts"]!.AsArray()).Single(c => c!["context"]!.GetValue<string>() == "digitalPostSent")!["information"]!.AsArray()
            .ToDictionary(i => i!["key"]!.GetValue<string>(), i => i!["type"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string> { ["digital-post-request"] = "SPI", ["digital-post-response"] = "NPI" }, information);

        // Run again the same day: nothing is left, nothing is sent twice.
        await host.StartOkAsync(Start);
        Assert.Equal(3, host.DigitalPost.Requests.Count);
        var status = JsonNode.Parse((await host.GetAsync(Status)).Body)!.AsObject();
        Assert.Equal("OK", status["Database"]!.GetValue<string>());
        Assert.Equal(Day(Today), status["Nyeste færdigbehandlede dato"]!.GetValue<string>());
        Assert.Equal(3, status["Antal i NotificationPerson med status Completed"]!.GetValue<int>());
        Assert.Equal(0, status["Antal i NotificationPerson med status Error"]!.GetValue<int>());
        Assert.Equal((HttpStatusCode.OK, string.Empty), await host.GetAsync(Alarm));
    }

    [Fact]
    public async Task Send_limit_splits_a_date_into_batches()
    {
        await using var host = await StartAsync(Today, new() { ["digitalpost.notification.odr.send.limit"] = "2" });
        foreach (var i in Enumerable.Range(1, 5))
        {
            host.Persons.Add(host.CprBornOn(BornFor(Today), i), "01", null);
        }

        var answer = await host.StartOkAsync(Start);

        Assert.Contains("FINISHED, 5 processed in 3 batches", answer, StringComparison.Ordinal);
        Assert.Equal(5, Letters(host.DigitalPost).Select(l => l.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task The_budget_runs_out_after_a_batch_and_the_next_start_goes_on_with_the_rest_sending_nobody_twice()
    {
        await using var host = await StartAsync(Today, new()
        {
            ["digitalpost.notification.odr.send.limit"] = "2",
            ["digitalpost.notification.odr.send.desired.execution.duration"] = "PT0.001S",
        });
        var cprs = Enumerable.Range(1, 5).Select(i => host.CprBornOn(BornFor(Today), i)).ToList();
        cprs.ForEach(cpr => host.Persons.Add(cpr, "01", null));

        var first = await host.StartOkAsync(Start);
        var afterFirst = host.DigitalPost.Requests.Count;
        var second = await host.StartOkAsync(Start);
        var afterSecond = host.DigitalPost.Requests.Count;
        await host.StartOkAsync(Start);
        await host.StartOkAsync(Start);

        Assert.Contains("NOT_FINISHED, 2 processed in 1 batches", first, StringComparison.Ordinal);
        Assert.Equal(2, afterFirst);
        Assert.Contains("NOT_FINISHED, 2 processed in 1 batches", second, StringComparison.Ordinal);
        Assert.Equal(4, afterSecond);
        var letters = Letters(host.DigitalPost);
        Assert.Equal(cprs.Order(StringComparer.Ordinal), letters.Select(l => l.Cpr).Order(StringComparer.Ordinal));
        Assert.Equal(NotificationDateStatus.Completed, (await host.WithContextAsync(c => c.NotificationDates.AsNoTracking().SingleAsync())).Status);
    }

    [Fact]
    public async Task Letters_left_InProgress_count_against_send_limit_so_a_batch_takes_no_more_than_the_limit()
    {
        await using var host = await StartAsync(Today, new() { ["digitalpost.notification.odr.send.limit"] = "2" });
        var cprs = Enumerable.Range(1, 4).Select(i => host.CprBornOn(BornFor(Today), i)).ToList();
        cprs.ForEach(cpr => host.Persons.Add(cpr, "01", null));
        await host.StartOkAsync(Start);
        // A killed run left two letters InProgress and two not begun.
        await host.WithContextAsync(async c =>
        {
            await c.Database.ExecuteSqlRawAsync("update notificationperson set status = 'InProgress', sentatdatetime = null where cpr in ({0}, {1})", cprs[0], cprs[1]);
            await c.Database.ExecuteSqlRawAsync("update notificationperson set status = 'Pending', sentatdatetime = null, messageid = null where cpr in ({0}, {1})", cprs[2], cprs[3]);
            return await c.Database.ExecuteSqlRawAsync("update notificationdate set status = 'Locked'");
        });

        var answer = await host.StartOkAsync(Start);

        // Two batches of two (the InProgress pair, then the Pending pair), and the date completes.
        Assert.Contains("FINISHED, 4 processed in 2 batches", answer, StringComparison.Ordinal);
        Assert.Equal(8, host.DigitalPost.Requests.Count);
    }

    [Fact]
    public async Task An_error_holds_its_date_until_the_operator_resets_the_row_and_starts_the_job_again()
    {
        await using var host = await StartAsync(Today.AddDays(-1));
        var failing = host.CprBornOn(BornFor(Today.AddDays(-1)), 1);
        var tomorrowsLetter = host.CprBornOn(BornFor(Today), 2);
        host.Persons.Add(failing, "01", null);
        host.Persons.Add(tomorrowsLetter, "01", null);
        host.DigitalPost.Fault();

        Assert.Contains("FINISHED, 0 processed", await host.StartOkAsync(Start), StringComparison.Ordinal);
        await host.StartOkAsync(Start);

        var row = await host.WithContextAsync(c => c.NotificationPersons.AsNoTracking().SingleAsync());
        Assert.Equal(NotificationPersonStatus.Error, row.Status);
        Assert.NotNull(row.ErrorMessage);
        // Held: no retry of the Error row, and the next date has not started.
        Assert.Single(host.DigitalPost.Requests);
        var alarm = await host.GetAsync(Alarm);
        Assert.Equal(HttpStatusCode.InternalServerError, alarm.Code);
        Assert.Contains("Der ligger totalt 1 notifikationer med status Error.\n", alarm.Body, StringComparison.Ordinal);
        Assert.Contains("Digital Post Adapter servicen har fejlet flere gange end tilladt i en given periode.\n", alarm.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Baggrundsjobbet", alarm.Body, StringComparison.Ordinal);

        host.DigitalPost.Fault(false);
        // The seed's recovery as written there, identifiers unquoted in its mixed case; only its MySQL "Error"
        // string quotes become SQL's 'Error'.
        var found = await host.WithContextAsync(c => c.Database.SqlQueryRaw<long>(
            "select NotificationPersonPID from NotificationPerson where status = 'Error'").ToListAsync());
        var messages = await host.WithContextAsync(c => c.Database.SqlQueryRaw<string>(
            "select ErrorMessage from NotificationPerson where status = 'Error'").ToListAsync());
        Assert.Equal([row.NotificationPersonPid], found);
        Assert.Equal([row.ErrorMessage], messages);
        Assert.Equal(1, await host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"update NotificationPerson set Status = 'Pending', SentAtDateTime = null, ErrorMessage = null where NotificationPersonPID = {row.NotificationPersonPid} and status = 'Error';"))));
        await host.StartOkAsync(Start);

        var letters = Letters(host.DigitalPost);
        Assert.Equal(3, letters.Count);
        // The retry reuses the row's message id.
        Assert.Equal(2, letters.Count(l => l.Cpr == failing && l.MessageId == Guid.Parse(row.MessageId!)));
        Assert.Single(letters, l => l.Cpr == tomorrowsLetter);
        var rows = await host.WithContextAsync(c => c.NotificationPersons.AsNoTracking().ToListAsync());
        Assert.All(rows, r => Assert.Equal(NotificationPersonStatus.Completed, r.Status));
        Assert.DoesNotContain("status Error", (await host.GetAsync(Alarm)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_left_InProgress_by_a_killed_run_is_resent_under_the_same_message_id_so_Digital_Post_has_one_letter()
    {
        await using var host = await StartAsync(Today);
        var cpr = host.CprBornOn(BornFor(Today), 1);
        host.Persons.Add(cpr, "01", null);
        await host.StartOkAsync(Start);
        // The run was killed after Digital Post took the letter but before Sent was recorded.
        await host.WithContextAsync(async c =>
        {
            await c.Database.ExecuteSqlRawAsync("update notificationperson set status = 'InProgress', sentatdatetime = null");
            return await c.Database.ExecuteSqlRawAsync("update notificationdate set status = 'Locked'");
        });

        await host.StartOkAsync(Start);

        var letters = Letters(host.DigitalPost);
        Assert.Equal(2, letters.Count);
        Assert.Single(letters.Select(l => l.MessageId).Distinct());
        var row = await host.WithContextAsync(c => c.NotificationPersons.AsNoTracking().SingleAsync());
        Assert.Equal(NotificationPersonStatus.Completed, row.Status);
        Assert.Equal(letters[0].MessageId, Guid.Parse(row.MessageId!));
    }

    [Fact]
    public async Task PersonInformation_failing_still_answers_200_holds_the_date_and_the_alarm_shows_the_job_and_person_information_lines()
    {
        await using var host = await StartAsync(Today);
        host.Persons.Add(host.CprBornOn(BornFor(Today), 1), "01", null);
        host.Persons.Server.Fail(409);

        var answer = await host.GetAsync(Start);
        var alarm = await host.GetAsync(Alarm);

        Assert.Equal(HttpStatusCode.OK, answer.Code);
        Assert.Contains("FAILED", answer.Body, StringComparison.Ordinal);
        Assert.Empty(host.DigitalPost.Requests);
        Assert.Equal(HttpStatusCode.InternalServerError, alarm.Code);
        var lines = alarm.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Baggrundsjobbet StackedOperationsService fejlede sidst det blev kørt. Problemet var: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("Person Information servicen har fejlet flere gange end tilladt i en given periode.", lines[1]);

        host.Persons.Server.Answer();
        Assert.Contains("FINISHED, 1 processed", await host.StartOkAsync(Start), StringComparison.Ordinal);
        Assert.Single(host.DigitalPost.Requests);
    }

    [Fact]
    public async Task A_run_killed_mid_batch_resends_only_the_unrecorded_letter_under_its_id_and_loses_nobody()
    {
        await using var host = await StartAsync(Today);
        var cprs = Enumerable.Range(1, 3).Select(i => host.CprBornOn(BornFor(Today), i)).ToList();
        cprs.ForEach(cpr => host.Persons.Add(cpr, "01", null));
        await host.StartOkAsync(Start);
        var first = Letters(host.DigitalPost);
        // What a run killed mid-batch leaves: one letter sent and recorded, one sent but not recorded, one not begun.
        await host.WithContextAsync(async c =>
        {
            await c.Database.ExecuteSqlRawAsync("update notificationperson set status = 'Sent' where cpr = {0}", cprs[0]);
            await c.Database.ExecuteSqlRawAsync("update notificationperson set status = 'InProgress', sentatdatetime = null where cpr = {0}", cprs[1]);
            await c.Database.ExecuteSqlRawAsync("update notificationperson set status = 'Pending', sentatdatetime = null, messageid = null where cpr = {0}", cprs[2]);
            return await c.Database.ExecuteSqlRawAsync("update notificationdate set status = 'Locked'");
        });

        await host.StartOkAsync(Start);

        var again = Letters(host.DigitalPost).Skip(first.Count).ToList();
        Assert.DoesNotContain(again, l => l.Cpr == cprs[0]);
        Assert.Equal(first.Single(l => l.Cpr == cprs[1]).MessageId, Assert.Single(again, l => l.Cpr == cprs[1]).MessageId);
        Assert.Single(again, l => l.Cpr == cprs[2]);
        var rows = await host.WithContextAsync(c => c.NotificationPersons.AsNoTracking().ToListAsync());
        Assert.Equal(cprs.Order(StringComparer.Ordinal), rows.Select(r => r.Cpr).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(NotificationPersonStatus.Completed, r.Status));
        Assert.Equal(NotificationDateStatus.Completed, (await host.WithContextAsync(c => c.NotificationDates.AsNoTracking().SingleAsync())).Status);
    }

    [Theory]
    [InlineData("P4D", true)]
    [InlineData("P10D", false)]
    public async Task The_alarm_date_period_decides_when_a_stale_date_alarms_and_is_named_in_days(string period, bool alarms)
    {
        await using var host = await StartHostAsync(new() { ["digitalpost.notification.odr.alarm.date.period"] = period });
        var stale = Today.AddDays(-5);
        var cpr = host.CprBornOn(new DateOnly(2008, 1, 3), 1);
        await host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO notificationdate (date, status) VALUES ({0}, 'Completed'), ({1}, 'Locked');
            INSERT INTO notificationperson (date, cpr, status) VALUES ({1}, {2}, 'Pending');
            """,
            stale, stale.AddDays(1), cpr));

        var alarm = await host.GetAsync(Alarm);

        Assert.Equal(
            alarms
                ? (HttpStatusCode.InternalServerError,
                    $"Der er ikke færdigbehandlet en dato den: {Day(stale)}. Den er ældre end 4 dage gammel.\n"
                    + $"Der ligger 1 notifikationer fra den {Day(stale.AddDays(1))} med status Pending.\n")
                : (HttpStatusCode.OK, string.Empty),
            alarm);
    }

    [Fact]
    public async Task Status_and_alarm_report_a_stale_newest_date_lingering_rows_and_errors_with_the_seed_texts()
    {
        await using var host = await StartHostAsync();
        var stale = Today.AddDays(-5);
        var cpr1 = host.CprBornOn(new DateOnly(2008, 1, 1), 1);
        var cpr2 = host.CprBornOn(new DateOnly(2008, 1, 2), 2);
        await host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO notificationdate (date, status) VALUES ({0}, 'Completed'), ({1}, 'Locked');
            INSERT INTO notificationperson (date, cpr, status) VALUES ({1}, {2}, 'Pending'), ({1}, {3}, 'Error');
            """,
            stale, stale.AddDays(1), cpr1, cpr2));

        var status = await host.GetAsync(Status);
        var alarm = await host.GetAsync(Alarm);
        // Without a start date the job cannot run: 200 all the same, and the alarm names the key.
        await host.StartOkAsync(Start);
        var afterStart = await host.GetAsync(Alarm);

        Assert.Equal(HttpStatusCode.OK, status.Code);
        var json = JsonNode.Parse(status.Body)!.AsObject();
        Assert.Equal(Day(stale), json["Nyeste færdigbehandlede dato"]!.GetValue<string>());
        Assert.Equal(1, json["Antal i NotificationPerson med status Pending"]!.GetValue<int>());
        Assert.Equal(1, json["Antal i NotificationPerson med status Error"]!.GetValue<int>());
        Assert.Equal(0, json["Antal i NotificationPerson med status InProgress"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.InternalServerError, alarm.Code);
        Assert.Equal(
            $"Der er ikke færdigbehandlet en dato den: {Day(stale)}. Den er ældre end 3 dage gammel.\n"
            + $"Der ligger 1 notifikationer fra den {Day(stale.AddDays(1))} med status Pending.\n"
            + $"Der ligger 1 notifikationer fra den {Day(stale.AddDays(1))} med status Error.\n"
            + "Der ligger totalt 1 notifikationer med status Error.\n",
            alarm.Body);
        Assert.Contains(
            "Baggrundsjobbet StackedOperationsService fejlede sidst det blev kørt. Problemet var: Property 'digitalpost.notification.odr.startdate' is required",
            afterStart.Body,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_page_says_Ingen_before_any_date_is_completed()
    {
        await using var host = await StartHostAsync();

        var (code, body) = await host.GetAsync(Status);

        Assert.Equal(HttpStatusCode.OK, code);
        var json = JsonNode.Parse(body)!.AsObject();
        Assert.Equal("OK", json["Database"]!.GetValue<string>());
        Assert.Equal("Ingen", json["Nyeste færdigbehandlede dato"]!.GetValue<string>());
        Assert.Equal(5, json.Count(p => p.Key.StartsWith("Antal i NotificationPerson med status ", StringComparison.Ordinal)));
    }

    private static DateOnly BornFor(DateOnly date) => date.AddDays(14).AddYears(-18);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private Task<OdrJobsHost> StartAsync(DateOnly startDate, Dictionary<string, string>? more = null)
    {
        var properties = new Dictionary<string, string>
        {
            ["digitalpost.notification.odr.startdate"] = Day(startDate),
            ["digitalpost.notification.odr.send.desired.execution.duration"] = "PT30S",
        };
        foreach (var (key, value) in more ?? [])
        {
            properties[key] = value;
        }

        return StartHostAsync(properties);
    }

    private static List<Letter> Letters(TestDigitalPostServer server) =>
        [.. server.Requests.Select(r =>
        {
            var body = XDocument.Parse(r.Body);
            // DESIGN 4.1a: SendDigitalPost in the adapter's namespace, the recipient as a CPR under the CPR register's OID.
            XNamespace adapter = "http://nspop.dk/digitalpost/2024/05/29/";
            Assert.Single(body.Descendants(adapter + "SendDigitalPost"));
            Assert.Equal("1.2.208.176.1.2", body.Descendants(adapter + "recipient-id-source").Single().Value);
            string Value(string name) => body.Descendants(adapter + name).Single().Value;
            return new Letter(Guid.Parse(Value("message-id")), Value("recipient-id"), (Value("template-digital"), Value("template-physical")));
        })];

    private sealed record Letter(Guid MessageId, string Cpr, (string Digital, string Physical) Templates);
}
