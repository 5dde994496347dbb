using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.NationalServices.PersonInformation;

namespace Nsp.Application.Odr.Operations.DeceasedCleanup;

/// <summary>Deletes all data of persons dead for <c>deletion.save.deceased</c> (the wait covers deaths that are later
/// reversed). "Dead per PersonInformation" is no database predicate, so the job walks the CPRs with data in order with
/// a persisted cursor (the last CPR of the committed batch). PersonInformation is asked in
/// <see cref="PrepareBatchAsync"/>, outside the batch's transaction; a failure there fails the run before anything is
/// written, and the next run resumes at the cursor. A death without a date is kept.</summary>
public sealed class DeceasedCleanupJob(
    IOdrCleanupQueries queries,
    [FromKeyedServices(OdrParts.PersonInformation)] IPersonInformationClient persons,
    OdrJobAuditWriter audit,
    OdrOperationsSettings settings,
    TimeProvider time) : IPreparedBatchJob
{
    private PreparedBatch? _prepared;

    public string Name => OdrJobNames.DeceasedCleanup;

    public JobVocabulary Vocabulary => JobVocabulary.Resumable;

    public async Task PrepareBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        _prepared = null;
        var cprs = await queries.CprsWithDataAfterAsync(cursor, settings.DeceasedBatchSize, cancellationToken);
        if (cprs.Count == 0)
        {
            _prepared = new PreparedBatch(cursor, 0, null, []);
            return;
        }

        var statuses = await PersonInformationBatches.StatusesAsync(persons, cprs, settings.DeceasedPersonInformationBatchSize, cancellationToken);
        var deadSince = settings.DeceasedSavePeriod.SubtractFrom(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var dead = statuses
            .Where(s => s.Status.IsDead && s.StatusStartDate is { } died && died <= deadSince)
            .Select(s => s.Cpr.ToString())
            .Order(StringComparer.Ordinal)
            .ToList();
        _prepared = new PreparedBatch(cursor, cprs.Count, cprs[^1], dead);
    }

    public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var prepared = _prepared is { } p && p.Cursor == cursor
            ? p
            : throw new InvalidOperationException($"{Name}: the batch was not prepared before it was run.");
        _prepared = null;
        if (prepared.Dead.Count > 0)
        {
            await queries.DeleteAllDataAsync(prepared.Dead, cancellationToken);
            audit.WriteEach(OdrJobAudit.DeceasedCleanupContext, OdrJobAudit.DeletedCpr, prepared.Dead);
        }

        return prepared.Walked < settings.DeceasedBatchSize
            ? JobBatchOutcome.Done(prepared.Dead.Count)
            : JobBatchOutcome.More(prepared.Dead.Count, prepared.LastCpr);
    }

    /// <summary>What <see cref="PrepareBatchAsync"/> learnt: how many CPRs it walked from <see cref="Cursor"/>, the
    /// last of them, and the CPRs whose data goes.</summary>
    private sealed record PreparedBatch(string? Cursor, int Walked, string? LastCpr, IReadOnlyList<string> Dead);
}
