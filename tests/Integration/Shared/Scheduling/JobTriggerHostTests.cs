using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Shared.Jobs;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Pipeline;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Scheduling;

public sealed class JobTriggerHostTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly SqliteDatabase _database = new("minlog");
    private readonly JobGate _gate = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var options = _database.Options("minlog");
        await using (await ServiceContexts.MigratedAsync<MinLogDbContext>(options))
        {
        }

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddNspApplication(typeof(JobTriggerHostTests).Assembly);
        builder.Services.AddServiceDatabase<MinLogDbContext>(NspService.MinLog, options);
        builder.Services.AddKeyedScoped<IUnitOfWork, SaveAsYouGoUnitOfWork>(NspService.MinLog);
        builder.Services.AddScoped<JobRunner>();
        builder.Services.AddSingleton(_gate);
        _app = builder.Build();
        _app.UseRouting();
        _app.MapJobTrigger("/minlog/transfer", _ => new GatedJobCommand("minlog-transfer"));
        _app.MapJobTrigger("/odr-operations/odr-slettejob/deceased/start", _ => new GatedJobCommand("minlog-transfer"), JobTriggerPolicy.AlwaysOk);
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _gate.Open();
        _client.Dispose();
        await _app.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task A_trigger_runs_the_job_under_its_identity_and_answers_200_with_the_outcome()
    {
        _gate.Open();

        using var response = await _client.GetAsync("/minlog/transfer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("minlog-transfer: FINISHED, 1 processed in 1 batches\n", await response.Content.ReadAsStringAsync());
        Assert.Equal("minlog-transfer", _gate.SeenJobName);
    }

    [Fact]
    public async Task A_second_trigger_while_the_job_runs_is_refused_at_once_with_409_and_the_first_finishes()
    {
        var first = _client.GetAsync("/minlog/transfer");
        await _gate.Entered.WaitAsync(Patience);

        using var second = await _client.GetAsync("/minlog/transfer").WaitAsync(Patience);
        _gate.Open();
        using var firstResponse = await first.WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("minlog-transfer: ALREADY_RUNNING; another trigger or node holds the job\n", await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
    }

    [Fact]
    public async Task Under_always_ok_a_trigger_refused_by_the_lease_still_answers_200()
    {
        var first = _client.GetAsync("/minlog/transfer");
        await _gate.Entered.WaitAsync(Patience);

        using var second = await _client.GetAsync("/odr-operations/odr-slettejob/deceased/start").WaitAsync(Patience);
        _gate.Open();
        (await first.WaitAsync(Patience)).Dispose();

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("minlog-transfer: ALREADY_RUNNING; another trigger or node holds the job\n", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_failed_run_answers_500_by_outcome_and_200_under_always_ok()
    {
        _gate.Fail = true;
        _gate.Open();

        using var byOutcome = await _client.GetAsync("/minlog/transfer");
        using var alwaysOk = await _client.GetAsync("/odr-operations/odr-slettejob/deceased/start");

        Assert.Equal(HttpStatusCode.InternalServerError, byOutcome.StatusCode);
        Assert.Equal("minlog-transfer: FAILED, 0 processed in 0 batches; see the job's alarm page and the log\n", await byOutcome.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alwaysOk.StatusCode);
        Assert.Equal("minlog-transfer: FAILED, 0 processed in 0 batches; see the job's alarm page and the log\n", await alwaysOk.Content.ReadAsStringAsync());
    }
}
