using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Idsas.Blurrings;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Idsas.Operations.CleanupBlurringsDeceased;

/// <summary>"Dead per PersonInformation" is no database predicate, so the job walks the blurred patient ids in
/// order with a persisted cursor (the last id of the committed batch): each batch asks PersonInformation about the
/// next <c>idsas.cleanup.deceased.batch.size</c> ids and deletes the blurrings of those dead at least
/// <c>idsas.cleanup.deceased.period</c> ago. A person dead on an unknown date is kept. PersonInformation is asked in
/// <see cref="PrepareBatchAsync"/>, before the runner opens the batch's transaction (<see cref="IPreparedBatchJob"/>):
/// its HTTP calls must not hold the write lock (on SQLite every CreateBlurring would wait). A PersonInformation
/// failure fails the run before anything is written, and the next run resumes at the cursor.</summary>
public sealed class CleanupBlurringsDeceasedJob(
    IBlurringRepository blurrings,
    [FromKeyedServices(IdsasParts.OperationsPersonInformation)] IPersonInformationClient persons,
    IdsasOperationsSettings settings,
    TimeProvider time) : IPreparedBatchJob
{
    private PreparedBatch? _prepared;

    public string Name => IdsasJobNames.CleanupBlurringsDeceased;

    public JobVocabulary Vocabulary => JobVocabulary.Resumable;

    public async Task PrepareBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        _prepared = null;
        var patientIds = await blurrings.PatientIdsAfterAsync(cursor, settings.DeceasedBatchSize, cancellationToken);
        if (patientIds.Count == 0)
        {
            _prepared = new PreparedBatch(cursor, 0, null, []);
            return;
        }

        var cprs = patientIds.Select(id => Cpr.TryParse(id, out var cpr) ? cpr : null).OfType<Cpr>().ToList();
        var statuses = cprs.Count == 0 ? [] : await persons.GetStatusesAsync(cprs, cancellationToken);
        var deadSince = settings.DeceasedPeriod.SubtractFrom(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var dead = statuses
            .Where(s => s.Status.IsDead && s.StatusStartDate is { } died && died <= deadSince)
            .Select(s => s.Cpr.ToString())
            .ToList();
        _prepared = new PreparedBatch(cursor, patientIds.Count, patientIds[^1], dead);
    }

    public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var prepared = _prepared is { } p && p.Cursor == cursor
            ? p
            : throw new InvalidOperationException("cleanup-blurrings-deceased: the batch was not prepared before it was run.");
        _prepared = null;
        var deleted = prepared.Dead.Count == 0 ? 0 : await blurrings.DeleteForPatientsAsync(prepared.Dead, cancellationToken);
        return prepared.Walked < settings.DeceasedBatchSize
            ? JobBatchOutcome.Done(deleted)
            : JobBatchOutcome.More(deleted, prepared.LastPatientId);
    }

    /// <summary>What <see cref="PrepareBatchAsync"/> learnt: how many ids it walked from <see cref="Cursor"/>, the
    /// last of them, and the ids to delete.</summary>
    private sealed record PreparedBatch(string? Cursor, int Walked, string? LastPatientId, IReadOnlyList<string> Dead);
}
