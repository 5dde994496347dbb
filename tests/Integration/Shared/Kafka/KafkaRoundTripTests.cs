using System.Diagnostics;
using Nsp.Application.Shared.Queues;

namespace Nsp.Tests.Integration.Shared.Kafka;

public sealed class KafkaRoundTripTests
{
    private readonly KafkaMockCluster _cluster = SharedKafkaCluster.Instance;

    [Fact]
    public async Task Drain_returns_a_published_message_with_its_key_payload_and_headers()
    {
        var topic = NewTopic("headers");
        using var producer = KafkaTestClients.Producer(_cluster);
        var headers = new Dictionary<string, string> { ["nsp-call-id"] = "abc-123", ["note"] = "blå æøå" };
        await producer.PublishAsync(new QueueMessage(topic, "0101011234", "{\"blurred\":true}", headers), CancellationToken.None);

        var received = new List<ReceivedMessage>();
        var result = await KafkaTestClients.Consumer(_cluster, KafkaTestClients.NewGroupId())
            .DrainAsync(topic, Collect(received), KafkaTestClients.Limits, CancellationToken.None);

        Assert.Equal(new QueueDrainResult(1, QueueEmpty: true), result);
        var message = Assert.Single(received);
        Assert.Equal(topic, message.Topic);
        Assert.Equal("0101011234", message.Key);
        Assert.Equal("{\"blurred\":true}", message.Payload);
        Assert.Equal(headers, message.Headers);
        Assert.Equal("0/0", message.Position);
    }

    [Fact]
    public async Task Drain_returns_messages_with_the_same_key_in_publish_order()
    {
        var topic = NewTopic("ordering", partitions: 3);
        using var producer = KafkaTestClients.Producer(_cluster);
        string[] keys = ["citizen-a", "citizen-b", "citizen-c", "citizen-d"];
        for (var i = 0; i < 5; i++)
        {
            foreach (var key in keys)
            {
                await producer.PublishAsync(new QueueMessage(topic, key, $"{key}:{i}"), CancellationToken.None);
            }
        }

        var received = new List<ReceivedMessage>();
        var result = await KafkaTestClients.Consumer(_cluster, KafkaTestClients.NewGroupId())
            .DrainAsync(topic, Collect(received), KafkaTestClients.Limits, CancellationToken.None);

        Assert.Equal(20, result.Handled);
        foreach (var key in keys)
        {
            var payloads = received.Where(m => m.Key == key).Select(m => m.Payload);
            Assert.Equal(Enumerable.Range(0, 5).Select(i => $"{key}:{i}"), payloads);
        }

        // The same key always lands on one partition; that is what keeps its order.
        Assert.All(keys, key => Assert.Single(received.Where(m => m.Key == key).Select(m => m.Position.Split('/')[0]).Distinct()));
    }

    [Fact]
    public async Task Drain_of_an_empty_topic_reports_the_queue_empty_quickly()
    {
        var topic = NewTopic("empty");
        var consumer = KafkaTestClients.Consumer(_cluster, KafkaTestClients.NewGroupId());
        var handled = 0;

        var stopwatch = Stopwatch.StartNew();
        var result = await consumer.DrainAsync(
            topic, (_, _) => Task.FromResult(++handled), KafkaTestClients.Limits, CancellationToken.None);
        stopwatch.Stop();

        Assert.Equal(new QueueDrainResult(0, QueueEmpty: true), result);
        Assert.Equal(0, handled);
        // Group join plus one empty poll, far below the drain's 20 s limit.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(8), $"Empty drain took {stopwatch.Elapsed}.");
    }

    [Fact]
    public async Task Drain_stops_at_MaxMessages_and_the_next_drain_takes_the_rest()
    {
        var topic = NewTopic("max-messages");
        using var producer = KafkaTestClients.Producer(_cluster);
        for (var i = 0; i < 5; i++)
        {
            await producer.PublishAsync(new QueueMessage(topic, "key", $"m{i}"), CancellationToken.None);
        }

        var consumer = KafkaTestClients.Consumer(_cluster, KafkaTestClients.NewGroupId());
        var received = new List<ReceivedMessage>();
        var first = await consumer.DrainAsync(topic, Collect(received), KafkaTestClients.Limits with { MaxMessages = 2 }, CancellationToken.None);
        var second = await consumer.DrainAsync(topic, Collect(received), KafkaTestClients.Limits, CancellationToken.None);

        Assert.Equal(new QueueDrainResult(2, QueueEmpty: false), first);
        Assert.Equal(new QueueDrainResult(3, QueueEmpty: true), second);
        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], received.Select(m => m.Payload));
    }

    [Fact]
    public async Task Drain_stops_when_MaxDuration_is_reached()
    {
        var topic = NewTopic("max-duration");
        using var producer = KafkaTestClients.Producer(_cluster);
        for (var i = 0; i < 10; i++)
        {
            await producer.PublishAsync(new QueueMessage(topic, "key", $"m{i}"), CancellationToken.None);
        }

        // Joining the group takes about 3 s (the broker's initial rebalance delay); then each message takes 0.5 s.
        var consumer = KafkaTestClients.Consumer(_cluster, KafkaTestClients.NewGroupId());
        var result = await consumer.DrainAsync(
            topic,
            (_, ct) => Task.Delay(TimeSpan.FromMilliseconds(500), ct),
            KafkaTestClients.Limits with { MaxDuration = TimeSpan.FromSeconds(5) },
            CancellationToken.None);

        Assert.False(result.QueueEmpty);
        Assert.InRange(result.Handled, 1, 9);
    }

    private string NewTopic(string name, int partitions = 1)
    {
        var topic = $"roundtrip-{name}-{Guid.NewGuid():N}";
        _cluster.CreateTopic(topic, partitions);
        return topic;
    }

    private static Func<ReceivedMessage, CancellationToken, Task> Collect(List<ReceivedMessage> received) =>
        (message, _) =>
        {
            received.Add(message);
            return Task.CompletedTask;
        };
}
