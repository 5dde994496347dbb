namespace Nsp.Application.MinLog.Cleanup;

/// <summary>Set-based deletes in MinLog's store, on the <c>tidspunkt</c> index; each call joins the batch's transaction.</summary>
public interface IMinLogCleanupStore
{
    /// <summary>Deletes the oldest entries with tidspunkt before <paramref name="cutoffUtc"/>: about
    /// <paramref name="batchSize"/> of them (entries sharing the last one's tidspunkt go too, so the batch ends on a
    /// whole instant).</summary>
    /// <returns>How many were deleted, and the instant up to which none is left: the newest deleted tidspunkt, or
    /// <paramref name="cutoffUtc"/> when none before it is left.</returns>
    Task<MinLogCleanupBatch> DeleteOldestAsync(DateTime cutoffUtc, int batchSize, CancellationToken cancellationToken);

    /// <summary>Deletes up to <paramref name="max"/> <c>organisationname</c> rows no entry refers to.</summary>
    Task<int> DeleteOrphanedNamesAsync(int max, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="reachedUtc"/> in <c>status</c> row 1's <c>lastupdated</c>.</summary>
    Task SaveCutoffReachedAsync(DateTime reachedUtc, CancellationToken cancellationToken);
}
