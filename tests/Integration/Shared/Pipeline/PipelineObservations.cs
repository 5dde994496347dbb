namespace Nsp.Tests.Integration.Shared.Pipeline;

/// <summary>What <see cref="FailAfterMinLogBehavior{TRequest,TResponse}"/> saw inside the transaction.</summary>
public sealed class PipelineObservations
{
    public int? OutboxRowsBeforeFailure { get; set; }
}
