namespace Nsp.Application.Shared.MinLog;

/// <summary>Where a service's MinLog transfer job sends its outbox entries: MinLog's registration, in process when
/// MinLog runs here, else remotely (<c>minlog.registration.url</c>). Must be idempotent by regKode: the job re-sends
/// after a crash between registering and deleting its outbox rows.</summary>
public interface IMinLogRegistration
{
    /// <summary>Stores the entries (each regKode once); throws when they could not all be stored.</summary>
    Task RegisterAsync(IReadOnlyList<MinLogEntry> entries, CancellationToken cancellationToken);
}
