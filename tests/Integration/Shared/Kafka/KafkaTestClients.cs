using Microsoft.Extensions.Logging.Abstractions;
using Nsp.Application.Shared.Queues;
using Nsp.Infrastructure.Shared.Kafka;

namespace Nsp.Tests.Integration.Shared.Kafka;

/// <summary>Producers and consumers for the mock cluster, built through the same options the service uses.</summary>
internal static class KafkaTestClients
{
    public static readonly QueueDrainLimits Limits = new(100, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(250));

    // Without these a consumer that vanished without closing would hold its partitions for librdkafka's 45 s.
    private static readonly Dictionary<string, string> ConsumerTestSettings = new()
    {
        ["session.timeout.ms"] = "6000",
        ["heartbeat.interval.ms"] = "500",
        // The broker answers a fetch at once when it has data; this bounds the wait when it has none, so a short
        // test poll timeout still sees messages that are there.
        ["fetch.wait.max.ms"] = "100",
    };

    public static KafkaQueueProducer Producer(
        KafkaMockCluster cluster, int maxBlockMs = 5000, IReadOnlyDictionary<string, string>? librdkafkaSettings = null) =>
        new(
            KafkaOptionsMapper.ProducerFrom(new Dictionary<string, string>
            {
                [KafkaOptionsMapper.ProducerBootstrapServersKey] = cluster.BootstrapServers,
                [KafkaOptionsMapper.ProducerClientIdKey] = "nsp-test-producer",
                [KafkaOptionsMapper.ProducerMaxBlockMsKey] = maxBlockMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // A Java-only key, as in the seeds' files: the mapper must not pass it on.
                ["kafka.producer.key.serializer"] = "org.apache.kafka.common.serialization.StringSerializer",
            }) with
            {
                LibrdkafkaSettings = librdkafkaSettings ?? new Dictionary<string, string>(),
            },
            NullLogger<KafkaQueueProducer>.Instance);

    public static KafkaQueueConsumer Consumer(KafkaMockCluster cluster, string groupId) =>
        Consumer(cluster.BootstrapServers, groupId);

    public static KafkaQueueConsumer Consumer(string bootstrapServers, string groupId) =>
        new(
            KafkaOptionsMapper.ConsumerFrom(new Dictionary<string, string>
            {
                [KafkaOptionsMapper.ConsumerBootstrapServersKey] = bootstrapServers,
                [KafkaOptionsMapper.ConsumerClientIdKey] = "nsp-test-consumer",
                [KafkaOptionsMapper.ConsumerGroupIdKey] = groupId,
                [KafkaOptionsMapper.ConsumerAutoOffsetResetKey] = "earliest",
                ["kafka.consumer.value.deserializer"] = "org.apache.kafka.common.serialization.StringDeserializer",
            }) with
            {
                LibrdkafkaSettings = ConsumerTestSettings,
                AssignmentTimeout = TimeSpan.FromSeconds(10),
            },
            NullLogger<KafkaQueueConsumer>.Instance);

    public static string NewGroupId() => $"group-{Guid.NewGuid():N}";
}
