using System.Collections.Concurrent;

namespace Nsp.Tests.Integration.Shared.Scheduling;

/// <summary>What the probe job's runs saw: the job identity each ran under.</summary>
public sealed class ProbeJobRuns
{
    private readonly TaskCompletionSource _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<string?> Identities { get; } = new();

    public Task FirstRun => _firstRun.Task;

    public void Record(string? jobName)
    {
        Identities.Enqueue(jobName);
        _firstRun.TrySetResult();
    }
}
