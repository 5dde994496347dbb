namespace Nsp.Application.Shared.Jobs;

/// <summary>What one batch did: how many items it handled, where the next batch starts (null when "what is left" is
/// a database predicate), and whether nothing is left.</summary>
public sealed record JobBatchOutcome(int Processed, string? NextCursor, bool Finished)
{
    public static JobBatchOutcome Done(int processed) => new(processed, null, true);

    public static JobBatchOutcome More(int processed, string? nextCursor = null) => new(processed, nextCursor, false);
}
