using Nsp.Application.Idsas.Blurrings;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Idsas.OrgBlurrings;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Idsas.Operations.CleanupBlurrings;

/// <summary>Each batch deletes up to <c>idsas.cleanup.batch.size</c> rows set-based: old blurrings first, then, with
/// what is left of the batch, old removed org blurrings. What is left is a database predicate, so no cursor.</summary>
public sealed class CleanupBlurringsJob(
    IBlurringRepository blurrings,
    IOrgBlurringRepository orgBlurrings,
    IdsasOperationsSettings settings,
    TimeProvider time) : IBatchJob
{
    public string Name => IdsasJobNames.CleanupBlurrings;

    public JobVocabulary Vocabulary => JobVocabulary.Resumable;

    public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var cutoff = settings.MaxRetention.SubtractFrom(time.GetUtcNow().UtcDateTime);
        var deleted = await blurrings.DeleteEndedAsync(cutoff, settings.BatchSize, cancellationToken);
        if (deleted < settings.BatchSize)
        {
            deleted += await orgBlurrings.DeleteRemovedAsync(cutoff, settings.BatchSize - deleted, cancellationToken);
        }

        return deleted < settings.BatchSize ? JobBatchOutcome.Done(deleted) : JobBatchOutcome.More(deleted);
    }
}
