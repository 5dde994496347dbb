namespace Nsp.Application.MinLog.Lookup;

/// <summary>Reads a citizen's log on <c>log_cpr_and_timestamp_index</c>.</summary>
public interface ILogStatementQueries
{
    /// <summary>At most <paramref name="limit"/> entries of <paramref name="cpr"/> with <paramref name="fromUtc"/> ≤
    /// tidspunkt ≤ <paramref name="toUtc"/> (an absent bound is open), newest first (ties by id, newest first).</summary>
    Task<IReadOnlyList<LogStatement>> ListAsync(string cpr, DateTime? fromUtc, DateTime? toUtc, int limit, CancellationToken cancellationToken);
}
