using Nsp.Domain.Odr.Notifications;

namespace Nsp.Application.Odr.Operations.Notification;

/// <summary>The notification job's and pages' statements beyond <see cref="Notifications.INotificationRepository"/>.</summary>
public interface IOdrNotificationQueries
{
    /// <summary>Up to <paramref name="limit"/> InProgress rows of the date, tracked: letters a stopped run may have sent.</summary>
    Task<IReadOnlyList<NotificationPerson>> InProgressAsync(DateOnly date, int limit, CancellationToken cancellationToken);

    /// <summary>Which of the CPRs have an active registration (they have decided).</summary>
    Task<IReadOnlySet<string>> ActiveAmongAsync(IReadOnlyCollection<string> cprs, CancellationToken cancellationToken);

    /// <summary>Pending rows left for the date.</summary>
    Task<int> CountPendingAsync(DateOnly date, CancellationToken cancellationToken);

    /// <summary>Row counts per date and status for every status but Completed, oldest date first (the alarm page).</summary>
    Task<IReadOnlyList<NotificationCount>> UnfinishedCountsAsync(CancellationToken cancellationToken);
}
