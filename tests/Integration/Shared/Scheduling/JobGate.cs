namespace Nsp.Tests.Integration.Shared.Scheduling;

/// <summary>Holds the gated job's batch until the test opens the gate; <see cref="Fail"/> makes the batch throw.</summary>
public sealed class JobGate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Fail { get; set; }

    public string? SeenJobName { get; set; }

    public Task Entered => _entered.Task;

    public void Open() => _open.TrySetResult();

    public async Task PassAsync(CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        await _open.Task.WaitAsync(cancellationToken);
        if (Fail)
        {
            throw new InvalidOperationException("Data statuskode: 409");
        }
    }
}
