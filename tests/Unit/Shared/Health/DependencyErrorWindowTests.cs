using Nsp.Application.Shared.Health;

namespace Nsp.Tests.Unit.Shared.Health;

public sealed class DependencyErrorWindowTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void With_tolerance_zero_one_failure_makes_it_failing()
    {
        var window = new DependencyErrorWindow(0, TimeSpan.FromMinutes(10), _clock);
        Assert.False(window.IsFailing);

        window.RecordFailure();

        Assert.True(window.IsFailing);
        Assert.Equal(1, window.FailureCount);
    }

    [Fact]
    public void Failing_needs_more_failures_than_the_tolerance()
    {
        var window = new DependencyErrorWindow(2, TimeSpan.FromMinutes(10), _clock);
        window.RecordFailure();
        window.RecordFailure();
        Assert.False(window.IsFailing);

        window.RecordFailure();
        Assert.True(window.IsFailing);
    }

    [Fact]
    public void Failures_older_than_the_duration_are_forgotten()
    {
        var window = new DependencyErrorWindow(0, TimeSpan.FromMinutes(10), _clock);
        window.RecordFailure();
        _clock.Advance(TimeSpan.FromMinutes(6));
        window.RecordFailure();

        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, window.FailureCount); // the first is exactly 10 minutes old: out

        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(0, window.FailureCount);
        Assert.False(window.IsFailing);
    }

    [Fact]
    public void A_success_resets_consecutive_failures_but_not_the_window()
    {
        var window = new DependencyErrorWindow(0, TimeSpan.FromMinutes(10), _clock);
        window.RecordFailure();
        window.RecordFailure();
        Assert.Equal(2, window.ConsecutiveFailures);

        window.RecordSuccess();
        Assert.Equal(0, window.ConsecutiveFailures);
        Assert.Equal(2, window.FailureCount);
        Assert.True(window.IsFailing);

        window.RecordFailure();
        Assert.Equal(1, window.ConsecutiveFailures);
        Assert.Equal(3, window.FailureCount);
    }

    [Fact]
    public void Consecutive_failures_only_count_those_still_in_the_interval()
    {
        var window = new DependencyErrorWindow(50, TimeSpan.FromMinutes(10), _clock);
        window.RecordFailure();
        window.RecordFailure();
        _clock.Advance(TimeSpan.FromMinutes(8));
        window.RecordFailure();
        _clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(1, window.ConsecutiveFailures);

        _clock.Advance(TimeSpan.FromMinutes(10));
        window.RecordFailure();
        Assert.Equal(1, window.ConsecutiveFailures);
    }

    [Fact]
    public void Counts_saturate_at_the_capacity()
    {
        var window = new DependencyErrorWindow(3, TimeSpan.FromMinutes(10), _clock, capacity: 4);
        for (var i = 0; i < 10; i++)
        {
            window.RecordFailure();
        }

        Assert.Equal(4, window.FailureCount);
        Assert.Equal(4, window.ConsecutiveFailures);
        Assert.True(window.IsFailing);
    }

    [Fact]
    public void The_ring_keeps_order_after_wrapping_around()
    {
        var window = new DependencyErrorWindow(1, TimeSpan.FromMinutes(10), _clock, capacity: 3);
        for (var i = 0; i < 5; i++)
        {
            window.RecordFailure();
            _clock.Advance(TimeSpan.FromMinutes(4));
        }

        // Failures at 0, 4, 8, 12, 16 minutes; now is 20: those at 12 and 16 are inside.
        Assert.Equal(2, window.FailureCount);
    }

    [Fact]
    public void Concurrent_recording_loses_no_failures()
    {
        var window = new DependencyErrorWindow(0, TimeSpan.FromMinutes(10), _clock, capacity: 10_000);
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 1000; i++)
            {
                window.RecordFailure();
            }
        });

        Assert.Equal(8000, window.FailureCount);
        Assert.Equal(8000, window.ConsecutiveFailures);
    }

    [Theory]
    [InlineData(-1, 10, 1024)]
    [InlineData(0, 0, 1024)]
    [InlineData(5, 10, 5)]
    public void Bad_settings_are_refused(int tolerance, int minutes, int capacity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new DependencyErrorWindow(tolerance, TimeSpan.FromMinutes(minutes), _clock, capacity));
    }

    [Fact]
    public void A_clock_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => new DependencyErrorWindow(0, TimeSpan.FromMinutes(10), null!));
    }
}
