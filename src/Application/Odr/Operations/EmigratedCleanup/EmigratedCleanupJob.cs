using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Operations.EmigratedCleanup;

/// <summary>Closes the active registration (validto = the run's time) of every person PersonInformation reports as
/// emigrated (status 80). Walks the CPRs with an active registration in order with a persisted cursor; the history
/// stays. PersonInformation is asked outside the batch's transaction, as the deceased cleanup does.</summary>
public sealed class EmigratedCleanupJob(
    IOdrCleanupQueries queries,
    [FromKeyedServices(OdrParts.PersonInformation)] IPersonInformationClient persons,
    OdrJobAuditWriter audit,
    OdrOperationsSettings settings,
    TimeProvider time) : IPreparedBatchJob
{
    private PreparedBatch? _prepared;

    public string Name => OdrJobNames.EmigratedCleanup;

    public JobVocabulary Vocabulary => JobVocabulary.Resumable;

    public async Task PrepareBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        _prepared = null;
        var cprs = await queries.ActiveCprsAfterAsync(cursor, settings.EmigratedBatchSize, cancellationToken);
        if (cprs.Count == 0)
        {
            _prepared = new PreparedBatch(cursor, 0, null, []);
            return;
        }

        var statuses = await PersonInformationBatches.StatusesAsync(persons, cprs, settings.EmigratedPersonInformationBatchSize, cancellationToken);
        var emigrated = statuses
            .Where(s => s.Status.Meaning == CivilRegistrationMeaning.Emigrated)
            .Select(s => s.Cpr.ToString())
            .ToList();
        _prepared = new PreparedBatch(cursor, cprs.Count, cprs[^1], emigrated);
    }

    public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var prepared = _prepared is { } p && p.Cursor == cursor
            ? p
            : throw new InvalidOperationException($"{Name}: the batch was not prepared before it was run.");
        _prepared = null;
        var closed = prepared.Emigrated.Count == 0
            ? []
            : await queries.CloseActiveAsync(prepared.Emigrated, time.GetUtcNow().UtcDateTime, cancellationToken);
        audit.WriteEach(OdrJobAudit.EmigratedCleanupContext, OdrJobAudit.InvalidatedCpr, closed);
        return prepared.Walked < settings.EmigratedBatchSize
            ? JobBatchOutcome.Done(closed.Count)
            : JobBatchOutcome.More(closed.Count, prepared.LastCpr);
    }

    private sealed record PreparedBatch(string? Cursor, int Walked, string? LastCpr, IReadOnlyList<string> Emigrated);
}
