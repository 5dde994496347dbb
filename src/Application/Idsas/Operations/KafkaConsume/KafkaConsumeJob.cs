using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Queues;

namespace Nsp.Application.Idsas.Operations.KafkaConsume;

/// <summary>Each batch drains up to <see cref="IdsasOperationsSettings.KafkaBatchSize"/> messages; each message is
/// persisted and committed to the database in its own transaction before its offset is committed (at least once).
/// The drain runs before the runner opens the batch's transaction (<see cref="IPreparedBatchJob"/>): on SQLite an
/// open batch transaction would hold the only write lock the messages' own transactions need. Finished when the
/// topic was seen empty.</summary>
public sealed class KafkaConsumeJob(IQueueConsumer consumer, BlurringMessagePersister persister, IdsasOperationsSettings settings) : IPreparedBatchJob
{
    private QueueDrainResult? _drained;

    public string Name => IdsasJobNames.KafkaConsume;

    public JobVocabulary Vocabulary => JobVocabulary.RunTracking;

    public async Task PrepareBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var limits = new QueueDrainLimits(settings.KafkaBatchSize, settings.MaxDuration, settings.KafkaPollTimeout);
        _drained = await consumer.DrainAsync(settings.KafkaTopic, persister.PersistAsync, limits, cancellationToken);
    }

    public Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var drained = _drained ?? throw new InvalidOperationException("kafka-consume: the batch was not drained before it was recorded.");
        _drained = null;
        return Task.FromResult(drained.QueueEmpty ? JobBatchOutcome.Done(drained.Handled) : JobBatchOutcome.More(drained.Handled));
    }
}
