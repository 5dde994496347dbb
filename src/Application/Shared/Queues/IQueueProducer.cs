namespace Nsp.Application.Shared.Queues;

/// <summary>Puts messages on a queue. Returns only when the queue has confirmed the message.</summary>
/// <exception cref="QueueDeliveryUnknownException">No confirmation in time: the message may or may not arrive.</exception>
/// <exception cref="QueueUnavailableException">The queue refused the message: it will not arrive.</exception>
public interface IQueueProducer
{
    Task PublishAsync(QueueMessage message, CancellationToken cancellationToken);
}
