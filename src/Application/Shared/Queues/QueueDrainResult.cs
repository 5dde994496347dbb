namespace Nsp.Application.Shared.Queues;

/// <summary>What one drain did: messages handled and acknowledged, and whether the queue was seen empty.</summary>
public sealed record QueueDrainResult(int Handled, bool QueueEmpty);
