using Confluent.Kafka;

namespace Nsp.Infrastructure.Shared.Kafka;

/// <summary>Producer settings read from the seeds' <c>kafka.producer.*</c> properties
/// (<see cref="KafkaOptionsMapper.ProducerFrom"/>).</summary>
/// <param name="BootstrapServers">Comma-separated host:port list.</param>
/// <param name="ClientId">Sent to the broker for its logs and quotas; librdkafka's default when null.</param>
/// <param name="MessageTimeout">How long a message may wait for its delivery report (from <c>max.block.ms</c>);
/// after that its outcome is unknown.</param>
/// <param name="Acks">Broker acknowledgement level; librdkafka's default (all) when null.</param>
public sealed record KafkaProducerOptions(string BootstrapServers, string? ClientId, TimeSpan MessageTimeout, Acks? Acks)
{
    /// <summary>Native librdkafka settings applied last (tests use them for short timeouts). Never Java keys.</summary>
    public IReadOnlyDictionary<string, string> LibrdkafkaSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>The librdkafka configuration these options stand for.</summary>
    public ProducerConfig ToProducerConfig()
    {
        var config = new ProducerConfig
        {
            BootstrapServers = BootstrapServers,
            MessageTimeoutMs = (int)MessageTimeout.TotalMilliseconds,
        };
        if (ClientId is not null)
        {
            config.ClientId = ClientId;
        }

        if (Acks is not null)
        {
            config.Acks = Acks;
        }

        foreach (var (key, value) in LibrdkafkaSettings)
        {
            config.Set(key, value);
        }

        return config;
    }
}
