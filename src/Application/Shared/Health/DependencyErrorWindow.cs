namespace Nsp.Application.Shared.Health;

/// <summary>
/// Counts an outbound dependency's failures within a sliding time window (<c>*.errorcount.duration</c>); the
/// dependency is failing when more than <c>*.error.tolerance</c> failures fall inside it. Also counts the failures
/// since the last success that are still inside the window (DROS's "n/T fejl"). Thread-safe; keeps at most
/// <see cref="Capacity"/> timestamps in a ring, so counts saturate at the capacity instead of growing memory.
/// </summary>
public sealed class DependencyErrorWindow
{
    /// <summary>Default ring size; far above the tolerances and thresholds the seeds use (0 and 50).</summary>
    public const int DefaultCapacity = 1024;

    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly long[] _failureTicks;
    private int _head;
    private int _count;
    private int _sinceSuccess;

    public DependencyErrorWindow(int tolerance, TimeSpan duration, TimeProvider timeProvider, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(timeProvider);

        // IsFailing must be able to see tolerance + 1 failures.
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(capacity, tolerance);
        Tolerance = tolerance;
        Duration = duration;
        Capacity = capacity;
        _timeProvider = timeProvider;
        _failureTicks = new long[capacity];
    }

    public int Tolerance { get; }

    public TimeSpan Duration { get; }

    public int Capacity { get; }

    /// <summary>Failures within the window (at most <see cref="Capacity"/>).</summary>
    public int FailureCount
    {
        get
        {
            lock (_gate)
            {
                Prune(Now());
                return _count;
            }
        }
    }

    /// <summary>Failures after the last success that are still within the window.</summary>
    public int ConsecutiveFailures
    {
        get
        {
            lock (_gate)
            {
                Prune(Now());

                // The failures since the last success are the newest ones, so pruning old ones shrinks this too.
                return Math.Min(_sinceSuccess, _count);
            }
        }
    }

    /// <summary>More than <see cref="Tolerance"/> failures within the window.</summary>
    public bool IsFailing => FailureCount > Tolerance;

    public void RecordFailure()
    {
        lock (_gate)
        {
            var now = Now();
            Prune(now);

            // A clock that steps back must not break the ordering the counting relies on.
            if (_count > 0)
            {
                now = Math.Max(now, _failureTicks[(_head + _count - 1) % _failureTicks.Length]);
            }

            if (_count == _failureTicks.Length)
            {
                _head = (_head + 1) % _failureTicks.Length;
                _count--;
            }

            _failureTicks[(_head + _count) % _failureTicks.Length] = now;
            _count++;
            if (_sinceSuccess < _failureTicks.Length)
            {
                _sinceSuccess++;
            }
        }
    }

    /// <summary>Resets <see cref="ConsecutiveFailures"/>; failures already in the window still count for <see cref="IsFailing"/>.</summary>
    public void RecordSuccess()
    {
        lock (_gate)
        {
            _sinceSuccess = 0;
        }
    }

    private long Now() => _timeProvider.GetUtcNow().UtcTicks;

    private void Prune(long now)
    {
        var oldestKept = now - Duration.Ticks;
        while (_count > 0 && _failureTicks[_head] <= oldestKept)
        {
            _head = (_head + 1) % _failureTicks.Length;
            _count--;
        }

        _sinceSuccess = Math.Min(_sinceSuccess, _count);
    }
}
