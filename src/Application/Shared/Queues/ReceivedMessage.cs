namespace Nsp.Application.Shared.Queues;

/// <summary>A message taken from a queue. <see cref="Position"/> identifies it for logs and dead letters
/// (Kafka: partition and offset; DATABASE: the row id).</summary>
public sealed record ReceivedMessage(string Topic, string Key, string Payload, IReadOnlyDictionary<string, string> Headers, string Position);
