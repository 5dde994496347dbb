using Confluent.Kafka;
using Nsp.Application.Shared.Queues;

namespace Nsp.Infrastructure.Shared.Kafka;

/// <summary>Consumer settings read from the seeds' <c>kafka.consumer.*</c> and <c>kafka.poll.timeout</c>
/// properties (<see cref="KafkaOptionsMapper.ConsumerFrom"/>). Auto-commit is always off: the consumer commits
/// each message after its handler has returned.</summary>
/// <param name="BootstrapServers">Comma-separated host:port list.</param>
/// <param name="ClientId">Sent to the broker for its logs and quotas; librdkafka's default when null.</param>
/// <param name="GroupId">Consumer group whose committed offsets say what has been handled.</param>
/// <param name="AutoOffsetReset">Where a group without a committed offset starts.</param>
/// <param name="PollTimeout">How long one poll waits for a message (<c>kafka.poll.timeout</c>).</param>
public sealed record KafkaConsumerOptions(
    string BootstrapServers,
    string? ClientId,
    string GroupId,
    AutoOffsetReset AutoOffsetReset,
    TimeSpan PollTimeout)
{
    /// <summary>How long a drain waits for the group to assign partitions before an empty poll may mean
    /// "nothing to do". Also bounded by the drain's MaxDuration.</summary>
    public TimeSpan AssignmentTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a drain that stopped at a full batch stays in the group waiting for the job's next batch
    /// (well below librdkafka's <c>max.poll.interval.ms</c>, 5 minutes).</summary>
    public TimeSpan Linger { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Native librdkafka settings applied last (tests lower <c>session.timeout.ms</c>). Never Java keys;
    /// <c>enable.auto.commit</c> is forced off regardless.</summary>
    public IReadOnlyDictionary<string, string> LibrdkafkaSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Drain limits that use the configured poll timeout.</summary>
    public QueueDrainLimits DrainLimits(int maxMessages, TimeSpan maxDuration) =>
        new(maxMessages, maxDuration, PollTimeout);

    /// <summary>The librdkafka configuration these options stand for.</summary>
    public ConsumerConfig ToConsumerConfig()
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = BootstrapServers,
            GroupId = GroupId,
            AutoOffsetReset = AutoOffsetReset,
        };
        if (ClientId is not null)
        {
            config.ClientId = ClientId;
        }

        foreach (var (key, value) in LibrdkafkaSettings)
        {
            config.Set(key, value);
        }

        // Set last so no extra setting can turn it back on: a message is acknowledged only after its handler.
        config.EnableAutoCommit = false;
        config.EnableAutoOffsetStore = false;
        return config;
    }
}
