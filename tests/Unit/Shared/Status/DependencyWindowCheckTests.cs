using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.Status;

namespace Nsp.Tests.Unit.Shared.Status;

public sealed class DependencyWindowCheckTests
{
    private const string Alarm = "Person Information servicen har fejlet flere gange end tilladt i en given periode.";
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2024, 6, 3, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Failures_within_the_tolerance_are_healthy()
    {
        var window = new DependencyErrorWindow(1, TimeSpan.FromMinutes(10), _time);
        window.RecordFailure();

        var result = await new DependencyWindowCheck("PersonInformation", window, Alarm).CheckAsync(CancellationToken.None);

        Assert.Equal(new StatusCheckResult("PersonInformation", true, "OK"), result);
    }

    [Fact]
    public async Task More_failures_than_the_tolerance_fail_with_the_alarm_line_until_they_leave_the_window()
    {
        var window = new DependencyErrorWindow(0, TimeSpan.FromMinutes(10), _time);
        var check = new DependencyWindowCheck("PersonInformation", window, Alarm);
        window.RecordFailure();

        var failing = await check.CheckAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(10));
        var recovered = await check.CheckAsync(CancellationToken.None);

        Assert.Equal(new StatusCheckResult("PersonInformation", false, Alarm), failing);
        Assert.True(recovered.Healthy);
    }

    [Fact]
    public async Task A_describer_words_the_detail_from_the_counts_as_dros_does()
    {
        var window = new DependencyErrorWindow(49, TimeSpan.FromMinutes(10), _time);
        window.RecordFailure();
        window.RecordSuccess();
        window.RecordFailure();
        window.RecordFailure();
        var check = new DependencyWindowCheck("ITI41 backend", window, "dead", s => s.FejlText(50));

        var result = await check.CheckAsync(CancellationToken.None);

        Assert.Equal(new DependencyWindowSnapshot(3, 2, 49, false), check.Snapshot());
        Assert.Equal(new StatusCheckResult("ITI41 backend", true, "\"2/50 fejl\""), result);
    }
}
