namespace Nsp.Application.Shared.Queues;

/// <summary>Drains a queue at least once: each message is handed to the handler, and only after the handler has
/// returned (its database work committed) is the message acknowledged. A handler that throws stops the drain with
/// the message unacknowledged, so it is seen again. Unreadable messages are the handler's to dead-letter.</summary>
public interface IQueueConsumer
{
    Task<QueueDrainResult> DrainAsync(
        string topic,
        Func<ReceivedMessage, CancellationToken, Task> handler,
        QueueDrainLimits limits,
        CancellationToken cancellationToken);
}
