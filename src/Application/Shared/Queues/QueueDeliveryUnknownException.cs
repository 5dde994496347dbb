namespace Nsp.Application.Shared.Queues;

/// <summary>The queue did not confirm a message in time. It may still arrive, so the caller must treat the outcome
/// as unknown and retry with an idempotent message.</summary>
public sealed class QueueDeliveryUnknownException : Exception
{
    public QueueDeliveryUnknownException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public QueueDeliveryUnknownException()
    {
    }

    public QueueDeliveryUnknownException(string message)
        : base(message)
    {
    }
}
