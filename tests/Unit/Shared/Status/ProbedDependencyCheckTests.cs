using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.Status;

namespace Nsp.Tests.Unit.Shared.Status;

public sealed class ProbedDependencyCheckTests
{
    [Fact]
    public async Task The_probe_runs_first_so_its_failure_is_in_the_window_the_page_reports()
    {
        var window = new DependencyErrorWindow(0, TimeSpan.FromMinutes(10), new ManualTimeProvider(DateTimeOffset.UnixEpoch));
        var check = new ProbedDependencyCheck(
            _ =>
            {
                window.RecordFailure();
                return Task.CompletedTask;
            },
            new DependencyWindowCheck("SORES", window, "SORES fejler."));

        var result = await check.CheckAsync(CancellationToken.None);

        Assert.Equal(new StatusCheckResult("SORES", false, "SORES fejler."), result);
        Assert.Equal("SORES", check.Name);
    }
}
