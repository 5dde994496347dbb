namespace Nsp.Domain.Idsas.DeadLetters;

/// <summary>A queue message the consumer could not read, kept for operators (and the alarm page) instead of
/// blocking the queue: its topic, position, key, payload and why it was refused.</summary>
public sealed class DeadLetter
{
    public const int TopicMaxLength = 200;
    public const int PositionMaxLength = 100;
    public const int KeyMaxLength = 200;
    public const int ReasonMaxLength = 1000;

    private DeadLetter(string topic, string position, string messageKey, string payload, string reason, DateTime created)
    {
        Topic = topic;
        Position = position;
        MessageKey = messageKey;
        Payload = payload;
        Reason = reason;
        Created = created;
    }

    public long Id { get; private set; }

    public string Topic { get; private set; }

    public string Position { get; private set; }

    public string MessageKey { get; private set; }

    public string Payload { get; private set; }

    public string Reason { get; private set; }

    public DateTime Created { get; private set; }

    public static DeadLetter Create(string topic, string position, string messageKey, string payload, string reason, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(messageKey);
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return new DeadLetter(
            Cut(topic, TopicMaxLength), Cut(position, PositionMaxLength), Cut(messageKey, KeyMaxLength), payload, Cut(reason, ReasonMaxLength), nowUtc);
    }

    // A dead letter must be stored whatever arrived: over-long metadata is cut, the payload is kept whole.
    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
