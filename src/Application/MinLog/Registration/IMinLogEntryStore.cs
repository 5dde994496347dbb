using Nsp.Application.Shared.MinLog;

namespace Nsp.Application.MinLog.Registration;

/// <summary>MinLog's store of citizens' log entries (<c>logentry</c>, <c>organisationname</c>, <c>Minlog.log</c>).</summary>
public interface IMinLogEntryStore
{
    /// <summary>Stores the entries in one transaction, each regKode once (an entry already stored is skipped), with
    /// a set-based handful of statements whatever their number. Returns how many were newly stored.</summary>
    Task<int> StoreAsync(IReadOnlyList<MinLogEntry> entries, CancellationToken cancellationToken);
}
