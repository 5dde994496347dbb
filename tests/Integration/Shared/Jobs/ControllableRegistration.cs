using Nsp.Application.Shared.MinLog;
using Nsp.Infrastructure.MinLog.Registration;

namespace Nsp.Tests.Integration.Shared.Jobs;

/// <summary>The real in-process registration, with knobs: fail, hold the first call until released, or move the
/// clock as if each call took a while.</summary>
public sealed class ControllableRegistration(InProcessMinLogRegistration inner, ManualTimeProvider clock) : IMinLogRegistration
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _gate;

    public string? FailWith { get; set; }

    public TimeSpan TimePerCall { get; set; }

    public int Calls { get; private set; }

    /// <summary>Completes when a held call has started.</summary>
    public Task Entered => _entered.Task;

    public void HoldNextCall() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public async Task RegisterAsync(IReadOnlyList<MinLogEntry> entries, CancellationToken cancellationToken)
    {
        Calls++;
        if (_gate is { } gate)
        {
            _entered.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (FailWith is not null)
        {
            throw new HttpRequestException(FailWith);
        }

        await inner.RegisterAsync(entries, cancellationToken);
        clock.Advance(TimePerCall);
    }
}
