namespace Nsp.Application.Shared.Queues;

/// <summary>The queue refused a message or cannot be reached for consuming; nothing was delivered or acknowledged.</summary>
public sealed class QueueUnavailableException : Exception
{
    public QueueUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public QueueUnavailableException()
    {
    }

    public QueueUnavailableException(string message)
        : base(message)
    {
    }
}
