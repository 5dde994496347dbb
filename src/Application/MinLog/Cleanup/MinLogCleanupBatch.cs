namespace Nsp.Application.MinLog.Cleanup;

/// <summary>What one delete did: the entries deleted, and the instant up to which no entry is left.</summary>
/// <param name="Finished">True when no entry before the cutoff is left.</param>
public sealed record MinLogCleanupBatch(int Deleted, DateTime ReachedUtc, bool Finished);
