using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Shared.Hosting;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.Status;
using Nsp.Infrastructure.Shared.Status;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Status;

public sealed class StatusPagesHostTests : IAsyncLifetime
{
    private const string PersonInformationAlarm = "Person Information servicen har fejlet flere gange end tilladt i en given periode.";
    private readonly SqliteDatabase _idsas = new("idsas");
    private readonly SqliteDatabase _missing = new("odr");
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2024, 6, 3, 10, 15, 30, 250, TimeSpan.Zero));
    private DependencyErrorWindow _personInformation = null!;
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_idsas.FilePath)!);
        await using (var connection = new SqliteConnection(_idsas.ConnectionString))
        {
            await connection.OpenAsync();
        }

        _personInformation = new DependencyErrorWindow(0, TimeSpan.FromMinutes(10), _time);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddSingleton(new BuildInfo("2.0.1", "2024-05-31T08:00:00Z", "Søren", new DateTimeOffset(2024, 6, 1, 6, 0, 0, TimeSpan.Zero)));
        builder.Services.AddDatabaseStatusCheck(NspService.Idsas, _idsas.Options("idsas"));
        builder.Services.AddDatabaseStatusCheck(NspService.Odr, _missing.Options("odr"));
        _app = builder.Build();
        _app.UseRouting();
        _app.MapJobStatusPage("/idsas-operations/cleanup-blurrings/status", Database(NspService.Idsas));
        _app.MapJobStatusPage("/odr-operations/odr-slettejob/status", Database(NspService.Odr), JobStatusPage.OdrSeparator);
        _app.MapAlarmPage("/odr-operations/odr-slettejob/alarm", _ => [new DependencyWindowCheck("PersonInformation", _personInformation, PersonInformationAlarm)]);
        _app.MapDeploymentStatusPage("/odr/status", "odr", sp => [Database(NspService.Idsas)(sp)]);
        _app.MapDeploymentStatusPage("/odr-down/status", "odr", sp => [Database(NspService.Odr)(sp)]);
        _app.MapServiceStatusPage("/idsas-lookup/status", sp => [Database(NspService.Idsas)(sp), Database(NspService.Odr)(sp)]);
        _app.MapVersionPage("/idsas-lookup/version");
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _idsas.Dispose();
        _missing.Dispose();
    }

    [Fact]
    public async Task A_job_status_page_answers_200_Database_OK_as_plain_text()
    {
        using var response = await _client.GetAsync("/idsas-operations/cleanup-blurrings/status");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Database: OK", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_odr_job_status_page_with_its_database_down_answers_500_with_the_seeds_spacing()
    {
        using var response = await _client.GetAsync("/odr-operations/odr-slettejob/status");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Database : Unavailable", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_alarm_page_is_empty_200_until_a_dependency_fails_then_500_with_its_line()
    {
        using var quiet = await _client.GetAsync("/odr-operations/odr-slettejob/alarm");
        _personInformation.RecordFailure();
        using var alarmed = await _client.GetAsync("/odr-operations/odr-slettejob/alarm");

        Assert.Equal(HttpStatusCode.OK, quiet.StatusCode);
        Assert.Equal(string.Empty, await quiet.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.InternalServerError, alarmed.StatusCode);
        Assert.Equal(PersonInformationAlarm + "\n", await alarmed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_odr_status_page_is_latin1_plain_text_with_the_build_and_the_display_time()
    {
        using var response = await _client.GetAsync("/odr/status");

        // As sent, before HttpClient's parser normalises the spacing.
        var contentType = response.Content.Headers.NonValidated["Content-Type"].ToString();
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain;charset=ISO-8859-1", contentType);
        Assert.Contains((byte)0xF8, bytes); // ø as one ISO-8859-1 byte, not UTF-8's two
        Assert.Equal(
            "200  OK\n\nTitle: odr\nDeployed: 2024-06-01T06:00:00.000+00:00\nBuild-Date: 2024-05-31T08:00:00Z\n" +
            "Build-Version: 2.0.1\nBuilder: Søren\nDisplay time: 2024-06-03T10:15:30.250Z\n",
            System.Text.Encoding.Latin1.GetString(bytes));
    }

    [Fact]
    public async Task The_odr_status_page_is_500_when_its_datasource_fails()
    {
        using var response = await _client.GetAsync("/odr-down/status");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("500  Internal Server Error\n\n", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_status_page_answers_503_naming_each_check()
    {
        using var response = await _client.GetAsync("/idsas-lookup/status");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Database: OK\nDatabase: Unavailable\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_version_page_shows_the_registered_build()
    {
        using var response = await _client.GetAsync("/idsas-lookup/version");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "Build-Version: 2.0.1\nBuild-Date: 2024-05-31T08:00:00Z\nBuilder: Søren\nDeployed: 2024-06-01T06:00:00.000+00:00\n",
            await response.Content.ReadAsStringAsync());
    }

    private static Func<IServiceProvider, IStatusCheck> Database(NspService service) =>
        sp => sp.GetRequiredKeyedService<DatabaseStatusCheck>(service);
}
