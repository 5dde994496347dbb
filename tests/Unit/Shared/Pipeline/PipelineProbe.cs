using System.Collections.Concurrent;

namespace Nsp.Tests.Unit.Shared.Pipeline;

/// <summary>Records the order in which the pipeline's parts ran.</summary>
public sealed class PipelineProbe
{
    private readonly ConcurrentQueue<string> _steps = new();

    public IReadOnlyList<string> Steps => [.. _steps];

    public void Record(string step) => _steps.Enqueue(step);
}
