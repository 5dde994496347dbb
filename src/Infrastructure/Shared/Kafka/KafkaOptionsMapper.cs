using System.Globalization;
using Confluent.Kafka;

namespace Nsp.Infrastructure.Shared.Kafka;

/// <summary>Reads the seeds' Java-style Kafka property keys into options. Only the keys it knows are mapped:
/// Java-only keys (serializer class names, <c>enable.auto.commit</c>) are ignored, because librdkafka rejects
/// unknown keys.</summary>
public static class KafkaOptionsMapper
{
    public const string ProducerBootstrapServersKey = "kafka.producer.bootstrap.servers";
    public const string ProducerClientIdKey = "kafka.producer.client.id";
    public const string ProducerMaxBlockMsKey = "kafka.producer.max.block.ms";
    public const string ProducerAcksKey = "kafka.producer.acks";
    public const string ConsumerBootstrapServersKey = "kafka.consumer.bootstrap.servers";
    public const string ConsumerClientIdKey = "kafka.consumer.client.id";
    public const string ConsumerGroupIdKey = "kafka.consumer.group.id";
    public const string ConsumerAutoOffsetResetKey = "kafka.consumer.auto.offset.reset";
    public const string PollTimeoutKey = "kafka.poll.timeout";

    /// <summary>BRS spells the poll timeout this way; <see cref="PollTimeoutKey"/> wins when both are set.</summary>
    public const string ConsumerPollTimeoutKey = "kafka.consumer.poll.timeout";

    public const string DefaultBootstrapServers = "kafka:9092";
    public const int DefaultMaxBlockMs = 10000;
    public const int DefaultPollTimeoutMs = 1000;

    public static KafkaProducerOptions ProducerFrom(IReadOnlyDictionary<string, string> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return new KafkaProducerOptions(
            Text(properties, ProducerBootstrapServersKey) ?? DefaultBootstrapServers,
            Text(properties, ProducerClientIdKey),
            TimeSpan.FromMilliseconds(Milliseconds(properties, ProducerMaxBlockMsKey, DefaultMaxBlockMs)),
            ParseAcks(properties));
    }

    public static KafkaConsumerOptions ConsumerFrom(IReadOnlyDictionary<string, string> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var groupId = Text(properties, ConsumerGroupIdKey)
            ?? throw new ArgumentException(
                $"Kafka property '{ConsumerGroupIdKey}' is required: committed offsets belong to a consumer group.",
                nameof(properties));
        var pollTimeoutKey = Text(properties, PollTimeoutKey) is not null || Text(properties, ConsumerPollTimeoutKey) is null
            ? PollTimeoutKey
            : ConsumerPollTimeoutKey;
        return new KafkaConsumerOptions(
            Text(properties, ConsumerBootstrapServersKey) ?? DefaultBootstrapServers,
            Text(properties, ConsumerClientIdKey),
            groupId,
            ParseAutoOffsetReset(properties),
            TimeSpan.FromMilliseconds(Milliseconds(properties, pollTimeoutKey, DefaultPollTimeoutMs)));
    }

    // Blank counts as absent: property files often carry "key=" for "use the default".
    private static string? Text(IReadOnlyDictionary<string, string> properties, string key) =>
        properties.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static int Milliseconds(IReadOnlyDictionary<string, string> properties, string key, int defaultValue)
    {
        var text = Text(properties, key);
        if (text is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw new ArgumentException(
                $"Kafka property '{key}' must be a positive whole number of milliseconds, but is '{text}'.",
                nameof(properties));
        }

        return value;
    }

    private static Acks? ParseAcks(IReadOnlyDictionary<string, string> properties)
    {
        var text = Text(properties, ProducerAcksKey);
        return text?.ToUpperInvariant() switch
        {
            null => null,
            "ALL" or "-1" => Acks.All,
            "1" => Acks.Leader,
            "0" => Acks.None,
            _ => throw new ArgumentException(
                $"Kafka property '{ProducerAcksKey}' must be all, -1, 1 or 0, but is '{text}'.", nameof(properties)),
        };
    }

    private static AutoOffsetReset ParseAutoOffsetReset(IReadOnlyDictionary<string, string> properties)
    {
        var text = Text(properties, ConsumerAutoOffsetResetKey);
        return text?.ToUpperInvariant() switch
        {
            null or "EARLIEST" => AutoOffsetReset.Earliest,
            "LATEST" => AutoOffsetReset.Latest,
            "NONE" => AutoOffsetReset.Error,
            _ => throw new ArgumentException(
                $"Kafka property '{ConsumerAutoOffsetResetKey}' must be earliest, latest or none, but is '{text}'.",
                nameof(properties)),
        };
    }
}
