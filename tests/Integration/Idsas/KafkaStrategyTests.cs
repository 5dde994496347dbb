using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Idsas.Blurrings.CreateBlurring;
using Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;
using Nsp.Application.Idsas.DeadLetters;
using Nsp.Application.Idsas.Operations;
using Nsp.Application.Idsas.Operations.KafkaConsume;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Queues;
using Nsp.Infrastructure.Idsas;
using Nsp.Tests.Integration.Shared.Kafka;
using Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>The KAFKA persist strategy through the librdkafka mock cluster: registration produces, kafka-consume
/// persists then commits, a consumer that dies before committing loses nothing, a poison message is dead-lettered.</summary>
public sealed class KafkaStrategyTests(IdsasDatabase<KafkaStrategyTests> database) : IClassFixture<IdsasDatabase<KafkaStrategyTests>>
{
    private readonly KafkaMockCluster _cluster = SharedKafkaCluster.Instance;

    [Fact]
    public async Task A_blurring_created_through_kafka_is_found_by_lookup_after_kafka_consume_and_not_before()
    {
        var topic = NewTopic();
        await using var persons = await AlivePersonsAsync("1212121234");
        await using var host = await StartAsync(persons.Url, topic);

        await host.SendOkAsync(new CreateBlurringCommand("1212121234", DateTimeOffset.UtcNow.AddDays(3)), IdsasTestHost.SystemCard());
        var before = await host.SendOkAsync(new GetBlurredOrganisationsQuery("1212121234"), IdsasTestHost.SystemCard());
        var run = await host.RunJobAsync(new KafkaConsumeCommand(), IdsasJobNames.KafkaConsume);
        var after = await host.SendOkAsync(new GetBlurredOrganisationsQuery("1212121234"), IdsasTestHost.SystemCard());

        Assert.Empty(before.OrganisationCvrs);
        Assert.Equal((JobRunOutcome.Finished, 1), (run.Outcome, run.Processed));
        Assert.Equal([IdsasTestHost.WhitelistedCvr], after.OrganisationCvrs);
    }

    [Fact]
    public async Task A_consumer_that_dies_before_committing_loses_nothing_and_duplicates_nothing()
    {
        var topic = NewTopic();
        await using var persons = await AlivePersonsAsync("1301701111", "1301702222", "1301703333");
        var dying = new DyingConsumer(diesAfter: 2);
        await using (var host = await StartAsync(persons.Url, topic, consumer: inner => dying.Wrap(inner)))
        {
            foreach (var cpr in new[] { "1301701111", "1301702222", "1301703333" })
            {
                await host.SendOkAsync(new CreateBlurringCommand(cpr, DateTimeOffset.UtcNow.AddDays(3)), IdsasTestHost.SystemCard());
            }

            var crashed = await host.RunJobAsync(new KafkaConsumeCommand(), IdsasJobNames.KafkaConsume);
            Assert.Equal(JobRunOutcome.Failed, crashed.Outcome);
        }

        await using var restarted = await StartAsync(persons.Url, topic);
        var run = await restarted.RunJobAsync(new KafkaConsumeCommand(), IdsasJobNames.KafkaConsume);

        Assert.Equal(JobRunOutcome.Finished, run.Outcome);
        Assert.Equal(2, run.Processed); // the second message, persisted but not committed, came again
        await restarted.WithContextAsync(async c => Assert.Equal(
            ["1301701111", "1301702222", "1301703333"],
            await c.Blurrings.Where(b => b.PatientId.StartsWith("130170")).Select(b => b.PatientId).OrderBy(p => p).ToListAsync()));
    }

    [Fact]
    public async Task A_poison_message_is_dead_lettered_committed_past_and_raises_the_alarm()
    {
        var topic = NewTopic();
        await using var persons = await AlivePersonsAsync("1401701111");
        await using var host = await StartAsync(persons.Url, topic);
        using (var producer = KafkaTestClients.Producer(_cluster))
        {
            await producer.PublishAsync(new QueueMessage(topic, "garbage", "{not json"), CancellationToken.None);
        }

        await host.SendOkAsync(new CreateBlurringCommand("1401701111", DateTimeOffset.UtcNow.AddDays(3)), IdsasTestHost.SystemCard());

        var run = await host.RunJobAsync(new KafkaConsumeCommand(), IdsasJobNames.KafkaConsume);
        var again = await host.RunJobAsync(new KafkaConsumeCommand(), IdsasJobNames.KafkaConsume);
        var alarm = await host.Services.GetRequiredService<DeadLetterAlarmCheck>().CheckAsync(CancellationToken.None);

        Assert.Equal((JobRunOutcome.Finished, 2), (run.Outcome, run.Processed));
        Assert.Equal(0, again.Processed);
        Assert.False(alarm.Healthy);
        await host.WithContextAsync(async c =>
        {
            var letter = await c.DeadLetters.SingleAsync(d => d.Topic == topic);
            Assert.Equal("{not json", letter.Payload);
            Assert.Equal("garbage", letter.MessageKey);
            Assert.True(await c.Blurrings.AnyAsync(b => b.PatientId == "1401701111"));
        });
    }

    private string NewTopic()
    {
        var topic = $"idsas-{Guid.NewGuid():N}";
        _cluster.CreateTopic(topic);
        return topic;
    }

    private static async Task<TestPersonInformationServer> AlivePersonsAsync(params string[] cprs)
    {
        var persons = await TestPersonInformationServer.StartAsync();
        foreach (var cpr in cprs)
        {
            persons.Add(cpr, "01", null);
        }

        return persons;
    }

    private async Task<IdsasTestHost> StartAsync(string personsUrl, string topic, Func<IQueueConsumer, IQueueConsumer>? consumer = null)
    {
        var host = Start(personsUrl, topic, consumer);
        await host.WithContextAsync(async c =>
        {
            if (!await c.Whitelist.AnyAsync())
            {
                c.Whitelist.Add(Domain.Idsas.Whitelisting.WhitelistEntry.Create(IdsasTestHost.WhitelistedCvr, "BLURRING"));
            }
        });
        return host;
    }

    private IdsasTestHost Start(string personsUrl, string topic, Func<IQueueConsumer, IQueueConsumer>? consumer = null)
    {
        var properties = IdsasTestHost.Configuration(personsUrl);
        properties["idsas-registration:idsas.registration.persist.strategy"] = "KAFKA";
        properties["idsas-registration:kafka.producer.bootstrap.servers"] = _cluster.BootstrapServers;
        properties["idsas-registration:kafka.producer.max.block.ms"] = "5000";
        properties["idsas-registration:kafka.topic"] = topic;
        properties["idsas-operations:kafka.topic"] = topic;
        properties["idsas-operations:kafka.poll.timeout"] = "250";
        var host = IdsasTestHost.Start(database.Options, properties, replace: services =>
        {
            // The seed's consumer settings, with the mock cluster and short session timeouts (as the Kafka tests do).
            var group = $"idsas-{topic}";
            services.AddKeyedSingleton<IQueueConsumer>(
                IdsasQueueKeys.OperationsConsumer,
                (_, _) => consumer is null ? KafkaTestClients.Consumer(_cluster, group) : consumer(KafkaTestClients.Consumer(_cluster, group)));
        });
        return host;
    }

    /// <summary>Passes messages to the real handler (which commits to the database) and then dies before the
    /// Kafka offset of message number <c>diesAfter</c> is committed.</summary>
    private sealed class DyingConsumer(int diesAfter)
    {
        private readonly int _diesAfter = diesAfter;
        private int _seen;

        public IQueueConsumer Wrap(IQueueConsumer inner) => new Wrapper(inner, this);

        private sealed class Wrapper(IQueueConsumer inner, DyingConsumer owner) : IQueueConsumer
        {
            public Task<QueueDrainResult> DrainAsync(
                string topic, Func<ReceivedMessage, CancellationToken, Task> handler, QueueDrainLimits limits, CancellationToken cancellationToken) =>
                inner.DrainAsync(
                    topic,
                    async (message, ct) =>
                    {
                        await handler(message, ct);
                        if (Interlocked.Increment(ref owner._seen) == owner._diesAfter)
                        {
                            throw new InvalidOperationException("The consumer died before committing.");
                        }
                    },
                    limits,
                    cancellationToken);
        }
    }
}
