namespace Nsp.Domain.Odr.Notifications;

/// <summary>A notification letter's state; stored as the seed's exact names, which operators' SQL uses
/// (<c>where status = 'Error'</c>).</summary>
public enum NotificationPersonStatus
{
    Pending,
    InProgress,
    Sent,
    Error,
    Completed,
}
