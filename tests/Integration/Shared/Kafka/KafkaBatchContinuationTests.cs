using Microsoft.Extensions.Logging.Abstractions;
using Nsp.Application.Shared.Queues;
using Nsp.Infrastructure.Shared.Kafka;

namespace Nsp.Tests.Integration.Shared.Kafka;

/// <summary>A job drains a topic in batches. With librdkafka's default 45 s session timeout (what an operator's
/// configuration gives), leaving and rejoining the group between batches makes the next batch wait for a rebalance
/// (the mock cluster waits just under the session timeout); the side-by-side benchmark found the second batch
/// failing after 15 s. A full batch keeps its membership for the next one. (That it leaves after the linger is not
/// observable here: after any leave the mock cluster makes the next member wait just under the session timeout too,
/// where a broker's empty group takes it after its initial rebalance delay.)</summary>
public sealed class KafkaBatchContinuationTests
{
    private static readonly QueueDrainLimits TenAtATime = new(10, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(250));

    private readonly KafkaMockCluster _cluster = SharedKafkaCluster.Instance;

    [Fact]
    public async Task Batches_of_one_job_go_on_without_rejoining_the_group()
    {
        var topic = await TopicWithMessagesAsync("continuation", 25);
        using var consumer = DefaultSessionConsumer(KafkaTestClients.NewGroupId(), TimeSpan.FromSeconds(10));
        var received = new List<string>();

        var results = new List<QueueDrainResult>();
        for (var batch = 0; batch < 3; batch++)
        {
            results.Add(await consumer.DrainAsync(topic, Collect(received), TenAtATime, CancellationToken.None));
        }

        Assert.Equal([new(10, false), new(10, false), new QueueDrainResult(5, QueueEmpty: true)], results);
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"m{i}"), received);
    }

    private async Task<string> TopicWithMessagesAsync(string name, int count)
    {
        var topic = $"{name}-{Guid.NewGuid():N}";
        _cluster.CreateTopic(topic);
        using var producer = KafkaTestClients.Producer(_cluster);
        for (var i = 0; i < count; i++)
        {
            await producer.PublishAsync(new QueueMessage(topic, "key", $"m{i}"), CancellationToken.None);
        }

        return topic;
    }

    /// <summary>As an operator's configuration builds it: no lowered session timeout.</summary>
    private KafkaQueueConsumer DefaultSessionConsumer(string group, TimeSpan linger) =>
        new(
            KafkaOptionsMapper.ConsumerFrom(new Dictionary<string, string>
            {
                [KafkaOptionsMapper.ConsumerBootstrapServersKey] = _cluster.BootstrapServers,
                [KafkaOptionsMapper.ConsumerGroupIdKey] = group,
                [KafkaOptionsMapper.ConsumerAutoOffsetResetKey] = "earliest",
            }) with
            {
                LibrdkafkaSettings = new Dictionary<string, string> { ["fetch.wait.max.ms"] = "100" },
                AssignmentTimeout = TimeSpan.FromSeconds(10),
                Linger = linger,
            },
            NullLogger<KafkaQueueConsumer>.Instance);

    private static Func<ReceivedMessage, CancellationToken, Task> Collect(List<string> received) =>
        (message, _) =>
        {
            received.Add(message.Payload);
            return Task.CompletedTask;
        };
}
