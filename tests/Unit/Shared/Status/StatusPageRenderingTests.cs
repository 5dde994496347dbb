using Nsp.Api.Shared.Hosting;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared.Status;

namespace Nsp.Tests.Unit.Shared.Status;

public sealed class StatusPageRenderingTests
{
    private static readonly BuildInfo Build = new("1.4.2", "2024-05-31T08:00:00Z", "jenkins", new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.FromHours(2)));

    [Fact]
    public void A_healthy_database_gives_200_Database_OK()
    {
        var page = JobStatusPage.Render(StatusCheckResult.Ok("Database"));

        Assert.Equal(200, page.StatusCode);
        Assert.Equal("Database: OK", page.Body);
    }

    [Fact]
    public void A_failing_database_gives_500_Database_Unavailable_whatever_the_check_detail()
    {
        var page = JobStatusPage.Render(StatusCheckResult.Failing("Database", "Der er ingen forbindelse"));

        Assert.Equal(500, page.StatusCode);
        Assert.Equal("Database: Unavailable", page.Body);
    }

    [Fact]
    public void The_odr_separator_keeps_the_seeds_space_before_the_colon()
    {
        Assert.Equal("Database : OK", JobStatusPage.Render(StatusCheckResult.Ok("Database"), JobStatusPage.OdrSeparator).Body);
        Assert.Equal(
            "Database : Unavailable",
            JobStatusPage.Render(StatusCheckResult.Failing("Database", "x"), JobStatusPage.OdrSeparator).Body);
    }

    [Fact]
    public void An_alarm_page_with_nothing_wrong_is_an_empty_200()
    {
        var page = AlarmPage.Render([StatusCheckResult.Ok("Database"), StatusCheckResult.Ok("PersonInformation")]);

        Assert.Equal(200, page.StatusCode);
        Assert.Equal(string.Empty, page.Body);
    }

    [Fact]
    public void An_alarm_page_lists_one_line_per_problem_in_order_and_skips_healthy_checks()
    {
        var page = AlarmPage.Render(
        [
            StatusCheckResult.Failing("Job", "Baggrundsjobbet StackedOperationsService fejlede sidst det blev kørt. Problemet var: boom."),
            StatusCheckResult.Ok("Database"),
            StatusCheckResult.Failing("PersonInformation", "Person Information servicen har fejlet flere gange end tilladt i en given periode."),
        ]);

        Assert.Equal(500, page.StatusCode);
        Assert.Equal(
            "Baggrundsjobbet StackedOperationsService fejlede sidst det blev kørt. Problemet var: boom.\n" +
            "Person Information servicen har fejlet flere gange end tilladt i en given periode.\n",
            page.Body);
    }

    [Fact]
    public void The_deployment_page_shows_the_build_and_the_display_time_in_utc_with_milliseconds_in_latin1()
    {
        var now = new DateTimeOffset(2024, 6, 3, 12, 15, 30, 250, TimeSpan.FromHours(2));

        var page = DeploymentStatusPage.Render("odr", Build, now, [StatusCheckResult.Ok("odr")]);

        Assert.Equal(200, page.StatusCode);
        Assert.Equal("text/plain;charset=ISO-8859-1", page.ContentType);
        Assert.Equal("iso-8859-1", page.Encoding.WebName);
        Assert.Equal(
            "200  OK\n\nTitle: odr\nDeployed: 2024-06-01T12:00:00.000+02:00\nBuild-Date: 2024-05-31T08:00:00Z\n" +
            "Build-Version: 1.4.2\nBuilder: jenkins\nDisplay time: 2024-06-03T10:15:30.250Z\n",
            page.Body);
    }

    [Fact]
    public void The_deployment_page_is_500_when_any_datasource_fails()
    {
        var page = DeploymentStatusPage.Render("odr", Build, DateTimeOffset.UnixEpoch, [StatusCheckResult.Ok("a"), StatusCheckResult.Failing("b", "Unavailable")]);

        Assert.Equal(500, page.StatusCode);
        Assert.StartsWith("500  Internal Server Error\n\nTitle: odr\n", page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_status_page_lists_each_check_and_uses_the_failure_code_only_for_deciding_checks()
    {
        var healthy = ServiceStatusPage.Render(
            [StatusCheckResult.Ok("Database"), StatusCheckResult.Ok("PersonInformation")],
            [StatusCheckResult.Failing("Kafka Consumer Job Status", "ERROR: broker down")]);
        var failing = ServiceStatusPage.Render([StatusCheckResult.Failing("Database", "Unavailable")], [], 503);

        Assert.Equal(200, healthy.StatusCode);
        Assert.Equal("Database: OK\nPersonInformation: OK\nKafka Consumer Job Status: ERROR: broker down\n", healthy.Body);
        Assert.Equal(503, failing.StatusCode);
        Assert.Equal("Database: Unavailable\n", failing.Body);
    }

    [Fact]
    public void The_version_page_shows_the_build()
    {
        var page = VersionPage.Render(Build);

        Assert.Equal(200, page.StatusCode);
        Assert.Equal("Build-Version: 1.4.2\nBuild-Date: 2024-05-31T08:00:00Z\nBuilder: jenkins\nDeployed: 2024-06-01T12:00:00.000+02:00\n", page.Body);
    }
}
