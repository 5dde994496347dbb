using Nsp.Application.Crk.Endpoints;
using Nsp.Application.Crk.Sources;
using Nsp.Application.Shared.Jobs;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Reload;

/// <summary>One reload of one configId as a single-batch job: the source is read and checked before the transaction
/// opens (<see cref="PrepareBatchAsync"/>), then the new version and its actions are written in the batch's one
/// transaction. Any failure rolls back, leaves the tables as they were and keeps the reason in the job's state (ERROR),
/// which <c>/crk/alarm</c> shows until a reload succeeds.</summary>
public sealed class EndpointReloadJob(string configId, ICrkSourceReader sources, IEndpointVersionRepository endpoints, TimeProvider time)
    : IPreparedBatchJob
{
    private DksEndpointDefinition? _definition;

    public string Name => CrkJobNames.Reload(configId);

    public JobVocabulary Vocabulary => JobVocabulary.RunTracking;

    public async Task PrepareBatchAsync(string? cursor, CancellationToken cancellationToken) =>
        _definition = await sources.ReadAsync(configId, cancellationToken);

    /// <returns>One processed when a new version was made, none when the source was unchanged.</returns>
    public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var definition = _definition ?? throw new InvalidOperationException("The source was not read before the batch.");
        var active = await endpoints.ActiveAsync(configId, cancellationToken);
        var current = active.OrderByDescending(v => v.Version).FirstOrDefault();
        if (!EndpointReload.IsChanged(current, definition) && active.Count == 1)
        {
            return JobBatchOutcome.Done(0);
        }

        var now = time.GetUtcNow().UtcDateTime;
        IReadOnlyList<EndpointAction> previousActions = current is null ? [] : await endpoints.ActionsOfAsync(current.Id, cancellationToken);
        foreach (var old in active)
        {
            old.Deactivate(now);
        }

        var version = EndpointReload.NewVersion(configId, definition, await endpoints.HighestVersionAsync(configId, cancellationToken), now);
        await endpoints.AddVersionAsync(version, cancellationToken);
        await endpoints.AddActionsAsync(EndpointReload.Actions(version.Id, definition, previousActions), cancellationToken);
        await endpoints.SaveAsync(cancellationToken);
        return JobBatchOutcome.Done(1);
    }
}
