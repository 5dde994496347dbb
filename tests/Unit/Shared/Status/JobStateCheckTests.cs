using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Persistence;
using Nsp.Application.Shared.Status;
using Nsp.Domain.Shared.Jobs;
using NSubstitute;

namespace Nsp.Tests.Unit.Shared.Status;

public sealed class JobStateCheckTests : IDisposable
{
    private readonly IJobStateStore _store = Substitute.For<IJobStateStore>();
    private readonly ServiceProvider _services;

    public JobStateCheckTests()
    {
        _services = new ServiceCollection().AddKeyedScoped(NspService.Idsas, (_, _) => _store).BuildServiceProvider();
    }

    public void Dispose() => _services.Dispose();

    [Theory]
    [InlineData(JobState.NotStarted, "NOT_STARTED")]
    [InlineData(JobState.NotFinished, "NOT_FINISHED")]
    [InlineData(JobState.Running, "RUNNING")]
    [InlineData(JobState.Finished, "FINISHED")]
    public async Task A_job_whose_last_run_did_not_fail_is_healthy_and_shows_its_state(JobState state, string text)
    {
        Returns(new JobStatus("cleanup", state, null, null, null, null));

        var result = await Check().CheckAsync(CancellationToken.None);

        Assert.Equal(new StatusCheckResult("Blurring Cleanup Job Status", true, text), result);
    }

    [Fact]
    public async Task A_run_tracking_job_in_error_fails_with_its_last_error()
    {
        Returns(new JobStatus("cleanup", JobState.Error, null, null, null, "Kafka broker down"));

        var result = await Check().CheckAsync(CancellationToken.None);

        Assert.Equal(new StatusCheckResult("Blurring Cleanup Job Status", false, "Kafka broker down"), result);
    }

    [Fact]
    public async Task A_resumable_job_with_a_kept_error_fails_with_the_seeds_alarm_line()
    {
        Returns(new JobStatus("cleanup", JobState.NotFinished, "42", null, null, "Data statuskode: 409"));
        var check = new JobStateCheck(
            "StackedOperationsService",
            NspService.Idsas,
            "cleanup",
            _services.GetRequiredService<IServiceScopeFactory>(),
            s => $"Baggrundsjobbet StackedOperationsService fejlede sidst det blev kørt. Problemet var: {s.LastError}.");

        var result = await check.CheckAsync(CancellationToken.None);

        Assert.False(result.Healthy);
        Assert.Equal("Baggrundsjobbet StackedOperationsService fejlede sidst det blev kørt. Problemet var: Data statuskode: 409.", result.Detail);
    }

    [Fact]
    public async Task A_check_that_throws_becomes_a_failing_result_without_the_exception_text_when_run_for_a_page()
    {
        _store.LoadAsync("cleanup", Arg.Any<CancellationToken>()).Returns<JobStatus>(_ => throw new InvalidOperationException("no database at db.internal:5432"));

        var results = await StatusChecks.RunAsync([Check()], NullLogger.Instance, CancellationToken.None);

        Assert.Equal(new StatusCheckResult("Blurring Cleanup Job Status", false, "could not be checked; see the log"), Assert.Single(results));
    }

    private JobStateCheck Check() =>
        new("Blurring Cleanup Job Status", NspService.Idsas, "cleanup", _services.GetRequiredService<IServiceScopeFactory>());

    private void Returns(JobStatus status) => _store.LoadAsync("cleanup", Arg.Any<CancellationToken>()).Returns(status);

    [Fact]
    public void A_status_is_required_to_tell_whether_the_last_run_failed()
    {
        Assert.Throws<ArgumentNullException>(() => JobStateCheck.LastRunFailed(null!));
    }
}
