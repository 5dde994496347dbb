using Nsp.Domain.Odr.Notifications;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Notifications;

/// <summary>The <c>notificationdate</c> and <c>notificationperson</c> tables, as the notification job and its
/// status and alarm pages use them. Entities come back tracked: their transitions are saved when the caller's unit of
/// work commits.</summary>
public interface INotificationRepository
{
    /// <summary>The newest date whose letters are all sent (status Completed), or null before the first.</summary>
    Task<DateOnly?> NewestCompletedDateAsync(CancellationToken cancellationToken);

    /// <summary>The date's row, tracked, or null.</summary>
    Task<NotificationDate?> FindDateAsync(DateOnly date, CancellationToken cancellationToken);

    /// <summary>Adds the date as Locked unless it has a row; true when this call added it (a second run on another
    /// node sees false).</summary>
    Task<bool> LockDateAsync(DateOnly date, CancellationToken cancellationToken);

    /// <summary>Adds a Pending row per CPR for the date, set-based; CPRs the date already has are skipped (unique
    /// (date, cpr)), so a resumed run adds nothing twice. Returns the rows added.</summary>
    Task<int> AddPendingAsync(DateOnly date, IReadOnlyCollection<Cpr> cprs, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> Pending rows of the date, oldest first, tracked.</summary>
    Task<IReadOnlyList<NotificationPerson>> FindPendingAsync(DateOnly date, int limit, CancellationToken cancellationToken);

    /// <summary>Rows of the date that are not yet Sent or Completed (Pending, InProgress, Error).</summary>
    Task<int> CountUnsentAsync(DateOnly date, CancellationToken cancellationToken);

    /// <summary>When every row of the date is Sent: those rows and the date become Completed, in two statements;
    /// returns false (and changes nothing) while any row is not Sent or Completed, or the date is not Locked.</summary>
    Task<bool> CompleteDateAsync(DateOnly date, CancellationToken cancellationToken);

    /// <summary>The number of rows per status over all dates; every status is present, zero included.</summary>
    Task<IReadOnlyDictionary<NotificationPersonStatus, int>> CountByStatusAsync(CancellationToken cancellationToken);
}
