namespace Nsp.Application.Shared.MinLog.Transfer;

/// <summary>Reads a service's MinLog outbox for the alarm page; keyed per service.</summary>
public interface IMinLogOutboxMonitor
{
    /// <summary>When the oldest entry still waiting was written (UTC), or null when the outbox is empty.</summary>
    Task<DateTime?> OldestEntryCreatedAsync(CancellationToken cancellationToken);
}
