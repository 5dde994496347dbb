using Confluent.Kafka;
using Nsp.Application.Shared.Queues;

namespace Nsp.Tests.Integration.Shared.Kafka;

/// <summary>Takes brokers down, so it runs on a cluster of its own: the shared one stays healthy for the others.</summary>
public sealed class KafkaFaultTests : IDisposable
{
    // Reconnect soon after the broker returns, instead of librdkafka's backoff of up to 10 s.
    private static readonly Dictionary<string, string> QuickReconnect = new()
    {
        ["reconnect.backoff.ms"] = "100",
        ["reconnect.backoff.max.ms"] = "500",
    };

    private readonly KafkaMockCluster _cluster = KafkaMockCluster.Start(brokerCount: 1);

    [Fact]
    public async Task Publish_while_the_broker_is_down_reports_the_delivery_as_unknown()
    {
        const string topic = "fault-broker-down";
        _cluster.CreateTopic(topic);
        using var producer = KafkaTestClients.Producer(_cluster, maxBlockMs: 1500, QuickReconnect);
        await producer.PublishAsync(new QueueMessage(topic, "key", "before"), CancellationToken.None);

        _cluster.SetBrokerDown(1);
        try
        {
            var ex = await Assert.ThrowsAsync<QueueDeliveryUnknownException>(
                () => producer.PublishAsync(new QueueMessage(topic, "key", "while-down"), CancellationToken.None));
            Assert.Contains(topic, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            _cluster.SetBrokerUp(1);
        }

        // The same long-lived producer recovers once the broker is back.
        await producer.PublishAsync(new QueueMessage(topic, "key", "after"), CancellationToken.None);
        var received = new List<string>();
        await KafkaTestClients.Consumer(_cluster, KafkaTestClients.NewGroupId()).DrainAsync(
            topic,
            (message, _) =>
            {
                received.Add(message.Payload);
                return Task.CompletedTask;
            },
            KafkaTestClients.Limits,
            CancellationToken.None);
        Assert.Equal("before", received[0]);
        Assert.Equal("after", received[^1]);
    }

    [Fact]
    public async Task Publish_retries_produce_requests_refused_with_a_retriable_error_and_delivers_the_message_once()
    {
        const string topic = "fault-retriable-produce";
        _cluster.CreateTopic(topic);
        using var producer = KafkaTestClients.Producer(_cluster);

        // Nothing is written when a broker answers NOT_ENOUGH_REPLICAS, and librdkafka sends the request again.
        _cluster.FailNextProduceRequests(ErrorCode.NotEnoughReplicas, ErrorCode.NotEnoughReplicas);
        await producer.PublishAsync(new QueueMessage(topic, "key", "after-retries"), CancellationToken.None);

        var received = new List<string>();
        var result = await KafkaTestClients.Consumer(_cluster, KafkaTestClients.NewGroupId()).DrainAsync(
            topic,
            (message, _) =>
            {
                received.Add(message.Payload);
                return Task.CompletedTask;
            },
            KafkaTestClients.Limits,
            CancellationToken.None);
        Assert.Equal(["after-retries"], received);
        Assert.Equal(1, result.Handled);
    }

    [Fact]
    public async Task Publish_refused_by_the_broker_with_a_non_retriable_error_reports_the_queue_unavailable()
    {
        const string topic = "fault-refused-produce";
        _cluster.CreateTopic(topic);
        using var producer = KafkaTestClients.Producer(_cluster);

        // A definite refusal: the message was not written and sending it again would not help.
        _cluster.FailNextProduceRequests(ErrorCode.TopicAuthorizationFailed);
        var ex = await Assert.ThrowsAsync<QueueUnavailableException>(
            () => producer.PublishAsync(new QueueMessage(topic, "key", "refused"), CancellationToken.None));

        Assert.Contains(nameof(ErrorCode.TopicAuthorizationFailed), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_of_a_message_over_the_size_limit_reports_the_queue_unavailable()
    {
        const string topic = "fault-too-large";
        _cluster.CreateTopic(topic);
        using var producer = KafkaTestClients.Producer(_cluster);
        var payload = new string('x', 2 * 1024 * 1024);

        // librdkafka refuses it before sending (message.max.bytes is 1 MB): it will never arrive.
        var ex = await Assert.ThrowsAsync<QueueUnavailableException>(
            () => producer.PublishAsync(new QueueMessage(topic, "key", payload), CancellationToken.None));

        Assert.Contains("MsgSizeTooLarge", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drain_without_a_reachable_broker_reports_the_queue_unavailable()
    {
        // Nothing listens on port 1: the group never forms, so an empty poll must not pass for "nothing to do".
        var consumer = KafkaTestClients.Consumer("127.0.0.1:1", KafkaTestClients.NewGroupId());

        await Assert.ThrowsAsync<QueueUnavailableException>(() => consumer.DrainAsync(
            "fault-unreachable",
            (_, _) => Task.CompletedTask,
            KafkaTestClients.Limits with { MaxDuration = TimeSpan.FromSeconds(2) },
            CancellationToken.None));
    }

    public void Dispose() => _cluster.Dispose();
}
