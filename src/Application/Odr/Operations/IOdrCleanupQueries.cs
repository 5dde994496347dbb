namespace Nsp.Application.Odr.Operations;

/// <summary>The set-based statements of the cleanup jobs. CPRs are walked in text order after a cursor, so a batch
/// never loads more than its size; changes join the caller's unit of work.</summary>
public interface IOdrCleanupQueries
{
    /// <summary>Up to <paramref name="limit"/> distinct CPRs after <paramref name="afterCpr"/> that have any data
    /// (registrations, active or not, or notification rows), in order.</summary>
    Task<IReadOnlyList<string>> CprsWithDataAfterAsync(string? afterCpr, int limit, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> CPRs after <paramref name="afterCpr"/> with an active registration, in order.</summary>
    Task<IReadOnlyList<string>> ActiveCprsAfterAsync(string? afterCpr, int limit, CancellationToken cancellationToken);

    /// <summary>Deletes every registration and notification row of the CPRs; returns the rows deleted.</summary>
    Task<int> DeleteAllDataAsync(IReadOnlyCollection<string> cprs, CancellationToken cancellationToken);

    /// <summary>Sets validto on the active registrations of the CPRs; returns the CPRs whose row it closed.</summary>
    Task<IReadOnlyList<string>> CloseActiveAsync(IReadOnlyCollection<string> cprs, DateTime atUtc, CancellationToken cancellationToken);
}
