using Nsp.Application.Shared.Queues;

namespace Nsp.Tests.Integration.Shared.Kafka;

public sealed class KafkaAtLeastOnceTests
{
    private readonly KafkaMockCluster _cluster = SharedKafkaCluster.Instance;

    [Fact]
    public async Task Drain_after_handler_failure_sees_the_message_again()
    {
        var topic = NewTopic("redelivery");
        using (var producer = KafkaTestClients.Producer(_cluster))
        {
            await producer.PublishAsync(new QueueMessage(topic, "key", "m0"), CancellationToken.None);
        }

        var consumer = KafkaTestClients.Consumer(_cluster, KafkaTestClients.NewGroupId());
        var failure = new InvalidOperationException("database write failed");
        string? failedPosition = null;

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => consumer.DrainAsync(
            topic,
            (message, _) =>
            {
                failedPosition = message.Position;
                throw failure;
            },
            KafkaTestClients.Limits,
            CancellationToken.None));

        var received = new List<ReceivedMessage>();
        var result = await consumer.DrainAsync(topic, Collect(received), KafkaTestClients.Limits, CancellationToken.None);

        Assert.Same(failure, thrown);
        Assert.Equal(new QueueDrainResult(1, QueueEmpty: true), result);
        var again = Assert.Single(received);
        Assert.Equal("m0", again.Payload);
        Assert.Equal(failedPosition, again.Position);
    }

    [Fact]
    public async Task Committed_message_is_not_seen_by_the_next_drain()
    {
        var topic = NewTopic("committed");
        using var producer = KafkaTestClients.Producer(_cluster);
        var consumer = KafkaTestClients.Consumer(_cluster, KafkaTestClients.NewGroupId());
        await producer.PublishAsync(new QueueMessage(topic, "key", "m0"), CancellationToken.None);
        var first = new List<ReceivedMessage>();
        await consumer.DrainAsync(topic, Collect(first), KafkaTestClients.Limits, CancellationToken.None);

        await producer.PublishAsync(new QueueMessage(topic, "key", "m1"), CancellationToken.None);
        var second = new List<ReceivedMessage>();
        var result = await consumer.DrainAsync(topic, Collect(second), KafkaTestClients.Limits, CancellationToken.None);

        Assert.Equal(["m0"], first.Select(m => m.Payload));
        Assert.Equal(new QueueDrainResult(1, QueueEmpty: true), result);
        Assert.Equal(["m1"], second.Select(m => m.Payload));
    }

    [Fact]
    public async Task Failure_midway_keeps_earlier_messages_committed_and_loses_none_after_it()
    {
        var topic = NewTopic("midway");
        using (var producer = KafkaTestClients.Producer(_cluster))
        {
            foreach (var payload in new[] { "m0", "m1", "m2" })
            {
                await producer.PublishAsync(new QueueMessage(topic, "key", payload), CancellationToken.None);
            }
        }

        var consumer = KafkaTestClients.Consumer(_cluster, KafkaTestClients.NewGroupId());
        var first = new List<ReceivedMessage>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => consumer.DrainAsync(
            topic,
            (message, _) =>
            {
                first.Add(message);
                return message.Payload == "m1" ? throw new InvalidOperationException("handler failed") : Task.CompletedTask;
            },
            KafkaTestClients.Limits,
            CancellationToken.None));
        var second = new List<ReceivedMessage>();
        await consumer.DrainAsync(topic, Collect(second), KafkaTestClients.Limits, CancellationToken.None);

        Assert.Equal(["m0", "m1"], first.Select(m => m.Payload));
        Assert.Equal(["m1", "m2"], second.Select(m => m.Payload));
    }

    private string NewTopic(string name)
    {
        var topic = $"at-least-once-{name}-{Guid.NewGuid():N}";
        _cluster.CreateTopic(topic);
        return topic;
    }

    private static Func<ReceivedMessage, CancellationToken, Task> Collect(List<ReceivedMessage> received) =>
        (message, _) =>
        {
            received.Add(message);
            return Task.CompletedTask;
        };
}
