using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Idsas.Operations.KafkaConsume;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Queues;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.Operations.KafkaConsume;

public sealed class KafkaConsumeJobTests
{
    private readonly IQueueConsumer _consumer = Substitute.For<IQueueConsumer>();
    private readonly IdsasOperationsSettings _settings = new()
    {
        KafkaTopic = "topic", KafkaBatchSize = 50, MaxDuration = TimeSpan.FromSeconds(7), KafkaPollTimeout = TimeSpan.FromMilliseconds(300),
    };

    private KafkaConsumeJob Job() => new(
        _consumer,
        new BlurringMessagePersister(Substitute.For<IServiceScopeFactory>(), TimeProvider.System, new RecordingLogger<BlurringMessagePersister>()),
        _settings);

    private void Drains(int handled, bool empty) =>
        _consumer.DrainAsync(default!, default!, default!, default).ReturnsForAnyArgs(new QueueDrainResult(handled, empty));

    [Fact]
    public async Task A_batch_drains_the_topic_within_the_settings_limits()
    {
        Drains(5, empty: true);
        var job = Job();

        await job.PrepareBatchAsync(null, CancellationToken.None);

        await _consumer.Received(1).DrainAsync(
            "topic", Arg.Any<Func<ReceivedMessage, CancellationToken, Task>>(), new QueueDrainLimits(50, TimeSpan.FromSeconds(7), TimeSpan.FromMilliseconds(300)), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_topic_seen_empty_finishes_the_run()
    {
        Drains(5, empty: true);
        var job = Job();
        await job.PrepareBatchAsync(null, CancellationToken.None);

        Assert.Equal(JobBatchOutcome.Done(5), await job.RunBatchAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task A_topic_with_messages_left_asks_for_another_batch()
    {
        Drains(50, empty: false);
        var job = Job();
        await job.PrepareBatchAsync(null, CancellationToken.None);

        Assert.Equal(JobBatchOutcome.More(50), await job.RunBatchAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task A_batch_that_was_not_drained_is_refused_and_a_drain_is_recorded_once()
    {
        Drains(1, empty: true);
        var job = Job();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => job.RunBatchAsync(null, CancellationToken.None));
        await job.PrepareBatchAsync(null, CancellationToken.None);
        await job.RunBatchAsync(null, CancellationToken.None);

        Assert.Equal("kafka-consume: the batch was not drained before it was recorded.", refused.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => job.RunBatchAsync(null, CancellationToken.None));
    }
}
