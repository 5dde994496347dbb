namespace Nsp.Application.Shared.Persistence;

/// <summary>A database lease row per job, so that two triggers or two nodes never run one job at once (DESIGN 4.6).
/// Each call runs in its own short transaction, outside any unit of work, so a second trigger is refused at once.
/// Registered per service (keyed by <see cref="NspService"/>).</summary>
public interface IJobLease
{
    /// <summary>Takes the lease when nobody holds it or the holder's lease has expired.</summary>
    /// <returns><c>true</c> when <paramref name="holder"/> now holds the lease.</returns>
    Task<bool> TryAcquireAsync(string job, string holder, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Extends a lease still held by <paramref name="holder"/>; <c>false</c> if it was lost.</summary>
    Task<bool> RenewAsync(string job, string holder, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up at once, if <paramref name="holder"/> still holds it.</summary>
    Task ReleaseAsync(string job, string holder, CancellationToken cancellationToken);
}
