using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Queues;
using Nsp.Infrastructure.Shared.Kafka;

namespace Nsp.Tests.Integration.Shared.Kafka;

public sealed class KafkaServiceRegistrationTests
{
    private readonly KafkaMockCluster _cluster = SharedKafkaCluster.Instance;

    [Fact]
    public async Task AddKafkaQueues_registers_singletons_that_publish_and_drain_through_the_port()
    {
        var topic = $"registration-{Guid.NewGuid():N}";
        _cluster.CreateTopic(topic);
        var properties = new Dictionary<string, string>
        {
            ["kafka.producer.bootstrap.servers"] = _cluster.BootstrapServers,
            ["kafka.producer.key.serializer"] = "org.apache.kafka.common.serialization.StringSerializer",
            ["kafka.consumer.bootstrap.servers"] = _cluster.BootstrapServers,
            ["kafka.consumer.group.id"] = KafkaTestClients.NewGroupId(),
            ["kafka.consumer.enable.auto.commit"] = "false",
            ["kafka.poll.timeout"] = "500",
        };
        await using var provider = new ServiceCollection().AddLogging().AddKafkaQueues(properties).BuildServiceProvider();

        var producer = provider.GetRequiredService<IQueueProducer>();
        var consumer = provider.GetRequiredService<IQueueConsumer>();
        await producer.PublishAsync(new QueueMessage(topic, "key", "via DI"), CancellationToken.None);
        var payloads = new List<string>();
        var limits = provider.GetRequiredService<KafkaConsumerOptions>().DrainLimits(10, TimeSpan.FromSeconds(20));
        await consumer.DrainAsync(
            topic,
            (message, _) =>
            {
                payloads.Add(message.Payload);
                return Task.CompletedTask;
            },
            limits,
            CancellationToken.None);

        Assert.IsType<KafkaQueueProducer>(producer);
        Assert.Same(producer, provider.GetRequiredService<IQueueProducer>());
        Assert.Same(consumer, provider.GetRequiredService<IQueueConsumer>());
        Assert.Equal(["via DI"], payloads);
    }

    [Fact]
    public void AddKafkaQueues_without_a_consumer_group_registers_only_the_producer()
    {
        var properties = new Dictionary<string, string> { ["kafka.producer.bootstrap.servers"] = _cluster.BootstrapServers };

        using var provider = new ServiceCollection().AddLogging().AddKafkaQueues(properties).BuildServiceProvider();

        Assert.NotNull(provider.GetService<IQueueProducer>());
        Assert.Null(provider.GetService<IQueueConsumer>());
    }
}
