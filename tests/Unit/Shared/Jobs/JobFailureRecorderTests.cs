using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Persistence;
using Nsp.Domain.Shared.Jobs;
using NSubstitute;

namespace Nsp.Tests.Unit.Shared.Jobs;

public sealed class JobFailureRecorderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
    private readonly IJobStateStore _states = Substitute.For<IJobStateStore>();
    private readonly ServiceProvider _services;

    public JobFailureRecorderTests()
    {
        _services = new ServiceCollection().AddKeyedScoped(NspService.Odr, (_, _) => _states).BuildServiceProvider();
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task A_job_that_could_not_be_built_keeps_its_state_and_cursor_and_gains_the_error_and_an_end_time()
    {
        var before = new JobStatus("notification", JobState.NotFinished, "c7", Now.UtcDateTime.AddHours(-1), null, null);
        _states.LoadAsync("notification", Arg.Any<CancellationToken>()).Returns(before);

        await new JobFailureRecorder(_services.GetRequiredService<IServiceScopeFactory>(), new ManualTimeProvider(Now))
            .RecordAsync(NspService.Odr, "notification", "registry file missing", CancellationToken.None);

        await _states.Received(1).SaveAsync(
            before with { LastError = "registry file missing", LastFinishedUtc = Now.UtcDateTime }, Arg.Any<CancellationToken>());
    }
}
