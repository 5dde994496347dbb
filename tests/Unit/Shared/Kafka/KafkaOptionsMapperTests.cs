using Confluent.Kafka;
using Nsp.Infrastructure.Shared.Kafka;

namespace Nsp.Tests.Unit.Shared.Kafka;

public sealed class KafkaOptionsMapperTests
{
    private static readonly Dictionary<string, string> Empty = [];

    [Fact]
    public void ProducerFrom_without_properties_uses_the_seed_defaults()
    {
        var options = KafkaOptionsMapper.ProducerFrom(Empty);

        Assert.Equal("kafka:9092", options.BootstrapServers);
        Assert.Null(options.ClientId);
        Assert.Equal(TimeSpan.FromMilliseconds(10000), options.MessageTimeout);
        Assert.Null(options.Acks);
    }

    [Fact]
    public void ProducerFrom_maps_the_seed_keys_to_librdkafka_settings()
    {
        var config = KafkaOptionsMapper.ProducerFrom(new Dictionary<string, string>
        {
            ["kafka.producer.bootstrap.servers"] = "broker1:9092,broker2:9092",
            ["kafka.producer.client.id"] = "idsas-producer-frontend",
            ["kafka.producer.max.block.ms"] = "2500",
            ["kafka.producer.acks"] = "all",
        }).ToProducerConfig();

        Assert.Equal("broker1:9092,broker2:9092", config.BootstrapServers);
        Assert.Equal("idsas-producer-frontend", config.ClientId);
        Assert.Equal(2500, config.MessageTimeoutMs);
        Assert.Equal(Acks.All, config.Acks);
    }

    [Fact]
    public void ProducerFrom_passes_no_java_only_keys_to_librdkafka()
    {
        var config = KafkaOptionsMapper.ProducerFrom(new Dictionary<string, string>
        {
            ["kafka.producer.bootstrap.servers"] = "broker:9092",
            ["kafka.producer.key.serializer"] = "org.apache.kafka.common.serialization.StringSerializer",
            ["kafka.producer.value.serializer"] = "org.apache.kafka.common.serialization.StringSerializer",
            ["nsp.kafka.producer.component.name"] = "Idsas Registration Producer Frontend",
        }).ToProducerConfig();

        Assert.Equal(
            ["bootstrap.servers", "message.timeout.ms"],
            config.Select(setting => setting.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("ten seconds")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("0")]
    public void ProducerFrom_rejects_a_max_block_ms_that_is_not_a_positive_number_and_names_the_key(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => KafkaOptionsMapper.ProducerFrom(
            new Dictionary<string, string> { ["kafka.producer.max.block.ms"] = value }));

        Assert.Contains("'kafka.producer.max.block.ms'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(value, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("all", Acks.All)]
    [InlineData("-1", Acks.All)]
    [InlineData("1", Acks.Leader)]
    [InlineData("0", Acks.None)]
    public void ProducerFrom_reads_the_java_acks_values(string value, Acks expected) =>
        Assert.Equal(expected, KafkaOptionsMapper.ProducerFrom(
            new Dictionary<string, string> { ["kafka.producer.acks"] = value }).Acks);

    [Fact]
    public void ProducerFrom_rejects_an_unknown_acks_value_and_names_the_key()
    {
        var ex = Assert.Throws<ArgumentException>(() => KafkaOptionsMapper.ProducerFrom(
            new Dictionary<string, string> { ["kafka.producer.acks"] = "most" }));

        Assert.Contains("'kafka.producer.acks'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsumerFrom_with_only_a_group_uses_the_seed_defaults()
    {
        var options = KafkaOptionsMapper.ConsumerFrom(
            new Dictionary<string, string> { ["kafka.consumer.group.id"] = "Idsas" });

        Assert.Equal("kafka:9092", options.BootstrapServers);
        Assert.Null(options.ClientId);
        Assert.Equal("Idsas", options.GroupId);
        Assert.Equal(AutoOffsetReset.Earliest, options.AutoOffsetReset);
        Assert.Equal(TimeSpan.FromMilliseconds(1000), options.PollTimeout);
    }

    [Fact]
    public void ConsumerFrom_maps_the_seed_keys_to_librdkafka_settings_with_auto_commit_off()
    {
        var config = KafkaOptionsMapper.ConsumerFrom(new Dictionary<string, string>
        {
            ["kafka.consumer.bootstrap.servers"] = "broker:9092",
            ["kafka.consumer.client.id"] = "brs-backend-consumer",
            ["kafka.consumer.group.id"] = "BRS_GROUP_ID",
            ["kafka.consumer.auto.offset.reset"] = "latest",
            ["kafka.consumer.enable.auto.commit"] = "true",
            ["kafka.consumer.key.deserializer"] = "org.apache.kafka.common.serialization.StringDeserializer",
            ["kafka.poll.timeout"] = "250",
        }).ToConsumerConfig();

        Assert.Equal("broker:9092", config.BootstrapServers);
        Assert.Equal("brs-backend-consumer", config.ClientId);
        Assert.Equal("BRS_GROUP_ID", config.GroupId);
        Assert.Equal(AutoOffsetReset.Latest, config.AutoOffsetReset);
        Assert.False(config.EnableAutoCommit);
        Assert.False(config.EnableAutoOffsetStore);
        Assert.DoesNotContain(config, setting => setting.Key.Contains("deserializer", StringComparison.Ordinal));
    }

    [Fact]
    public void ConsumerFrom_reads_the_poll_timeout_and_its_brs_spelling()
    {
        var seeds = KafkaOptionsMapper.ConsumerFrom(new Dictionary<string, string>
        {
            ["kafka.consumer.group.id"] = "g",
            ["kafka.poll.timeout"] = "250",
            ["kafka.consumer.poll.timeout"] = "750",
        });
        var brs = KafkaOptionsMapper.ConsumerFrom(new Dictionary<string, string>
        {
            ["kafka.consumer.group.id"] = "g",
            ["kafka.consumer.poll.timeout"] = "750",
        });

        Assert.Equal(TimeSpan.FromMilliseconds(250), seeds.PollTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(750), brs.PollTimeout);
        Assert.Equal(seeds.PollTimeout, seeds.DrainLimits(50, TimeSpan.FromMinutes(1)).PollTimeout);
    }

    [Fact]
    public void ConsumerFrom_rejects_a_non_numeric_poll_timeout_and_names_the_key()
    {
        var ex = Assert.Throws<ArgumentException>(() => KafkaOptionsMapper.ConsumerFrom(new Dictionary<string, string>
        {
            ["kafka.consumer.group.id"] = "g",
            ["kafka.poll.timeout"] = "1s",
        }));

        Assert.Contains("'kafka.poll.timeout'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsumerFrom_rejects_an_unknown_offset_reset_and_names_the_key()
    {
        var ex = Assert.Throws<ArgumentException>(() => KafkaOptionsMapper.ConsumerFrom(new Dictionary<string, string>
        {
            ["kafka.consumer.group.id"] = "g",
            ["kafka.consumer.auto.offset.reset"] = "smallest-ish",
        }));

        Assert.Contains("'kafka.consumer.auto.offset.reset'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsumerFrom_requires_a_group_id()
    {
        var ex = Assert.Throws<ArgumentException>(() => KafkaOptionsMapper.ConsumerFrom(Empty));

        Assert.Contains("'kafka.consumer.group.id'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Librdkafka_settings_pass_through_but_cannot_turn_auto_commit_on()
    {
        var options = KafkaOptionsMapper.ConsumerFrom(
            new Dictionary<string, string> { ["kafka.consumer.group.id"] = "g" }) with
        {
            LibrdkafkaSettings = new Dictionary<string, string>
            {
                ["session.timeout.ms"] = "6000",
                ["enable.auto.commit"] = "true",
            },
        };

        var config = options.ToConsumerConfig();

        Assert.Equal(6000, config.SessionTimeoutMs);
        Assert.False(config.EnableAutoCommit);
    }
}
