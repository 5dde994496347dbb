using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Queues;

namespace Nsp.Application.Idsas.Operations.KafkaConsume;

/// <summary>Each batch drains up to <see cref="IdsasOperationsSettings.KafkaBatchSize"/> messages; each message is
/// persisted and committed to the database before its offset is committed (at least once). Finished when the topic
/// was seen empty.</summary>
public sealed class KafkaConsumeJob(IQueueConsumer consumer, BlurringMessagePersister persister, IdsasOperationsSettings settings) : IBatchJob
{
    public string Name => IdsasJobNames.KafkaConsume;

    public JobVocabulary Vocabulary => JobVocabulary.RunTracking;

    public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var limits = new QueueDrainLimits(settings.KafkaBatchSize, settings.MaxDuration, settings.KafkaPollTimeout);
        var result = await consumer.DrainAsync(settings.KafkaTopic, persister.PersistAsync, limits, cancellationToken);
        return result.QueueEmpty ? JobBatchOutcome.Done(result.Handled) : JobBatchOutcome.More(result.Handled);
    }
}
