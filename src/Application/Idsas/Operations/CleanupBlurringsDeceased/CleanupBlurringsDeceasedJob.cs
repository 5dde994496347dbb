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
/// <c>idsas.cleanup.deceased.period</c> ago. A person dead on an unknown date is kept. A PersonInformation failure
/// rolls the batch back and the next run resumes at the cursor.</summary>
public sealed class CleanupBlurringsDeceasedJob(
    IBlurringRepository blurrings,
    [FromKeyedServices(IdsasParts.OperationsPersonInformation)] IPersonInformationClient persons,
    IdsasOperationsSettings settings,
    TimeProvider time) : IBatchJob
{
    public string Name => IdsasJobNames.CleanupBlurringsDeceased;

    public JobVocabulary Vocabulary => JobVocabulary.Resumable;

    public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var patientIds = await blurrings.PatientIdsAfterAsync(cursor, settings.DeceasedBatchSize, cancellationToken);
        if (patientIds.Count == 0)
        {
            return JobBatchOutcome.Done(0);
        }

        var cprs = patientIds.Select(id => Cpr.TryParse(id, out var cpr) ? cpr : null).OfType<Cpr>().ToList();
        var statuses = cprs.Count == 0 ? [] : await persons.GetStatusesAsync(cprs, cancellationToken);
        var deadSince = settings.DeceasedPeriod.SubtractFrom(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var dead = statuses
            .Where(s => s.Status.IsDead && s.StatusStartDate is { } died && died <= deadSince)
            .Select(s => s.Cpr.ToString())
            .ToList();
        var deleted = dead.Count == 0 ? 0 : await blurrings.DeleteForPatientsAsync(dead, cancellationToken);
        return patientIds.Count < settings.DeceasedBatchSize
            ? JobBatchOutcome.Done(deleted)
            : JobBatchOutcome.More(deleted, patientIds[^1]);
    }
}
