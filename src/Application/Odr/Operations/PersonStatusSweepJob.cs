using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Operations;

/// <summary>
/// What ODR's cleanup jobs share: "dead" or "emigrated" per PersonInformation is no database predicate, so a job walks
/// CPRs in order with a persisted cursor (the last CPR of the committed batch), asks PersonInformation about them in
/// <see cref="PrepareBatchAsync"/>, outside the batch's transaction (a failure there fails the run before anything is
/// written; the next run resumes at the cursor), and acts on the CPRs it selects inside the transaction.
/// </summary>
public abstract class PersonStatusSweepJob(IPersonInformationClient persons) : IPreparedBatchJob
{
    private PreparedBatch? _prepared;

    public abstract string Name { get; }

    public JobVocabulary Vocabulary => JobVocabulary.Resumable;

    /// <summary>CPRs walked per batch.</summary>
    protected abstract int BatchSize { get; }

    /// <summary>CPRs per PersonInformation request.</summary>
    protected abstract int PersonInformationBatchSize { get; }

    public async Task PrepareBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        _prepared = null;
        var cprs = await CprsAfterAsync(cursor, BatchSize, cancellationToken);
        if (cprs.Count == 0)
        {
            _prepared = new PreparedBatch(cursor, 0, null, []);
            return;
        }

        var statuses = await PersonInformationBatches.StatusesAsync(persons, cprs, PersonInformationBatchSize, cancellationToken);
        var selected = statuses.Where(Selects).Select(s => s.Cpr.ToString()).Order(StringComparer.Ordinal).ToList();
        _prepared = new PreparedBatch(cursor, cprs.Count, cprs[^1], selected);
    }

    public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var prepared = _prepared is { } p && p.Cursor == cursor
            ? p
            : throw new InvalidOperationException($"{Name}: the batch was not prepared before it was run.");
        _prepared = null;
        int processed = prepared.Selected.Count == 0 ? 0 : await ActAsync(prepared.Selected, cancellationToken);
        return prepared.Walked < BatchSize
            ? JobBatchOutcome.Done(processed)
            : JobBatchOutcome.More(processed, prepared.LastCpr);
    }

    /// <summary>Up to <paramref name="count"/> CPRs after <paramref name="cursor"/>, in ordinal order.</summary>
    protected abstract Task<IReadOnlyList<string>> CprsAfterAsync(string? cursor, int count, CancellationToken cancellationToken);

    /// <summary>Whether the job acts on this person.</summary>
    protected abstract bool Selects(PersonStatus status);

    /// <summary>Acts on the selected CPRs inside the batch's transaction; returns how many it changed.</summary>
    protected abstract Task<int> ActAsync(IReadOnlyList<string> cprs, CancellationToken cancellationToken);

    /// <summary>What <see cref="PrepareBatchAsync"/> learnt: how many CPRs it walked from <see cref="Cursor"/>, the
    /// last of them, and the CPRs selected.</summary>
    private sealed record PreparedBatch(string? Cursor, int Walked, string? LastCpr, IReadOnlyList<string> Selected);
}
