namespace Nsp.Application.Shared.Queues;

/// <summary>A message to put on a queue: a key that keeps related messages in order, a text payload, headers.</summary>
public sealed record QueueMessage(string Topic, string Key, string Payload, IReadOnlyDictionary<string, string> Headers)
{
    public QueueMessage(string topic, string key, string payload)
        : this(topic, key, payload, new Dictionary<string, string>())
    {
    }
}
