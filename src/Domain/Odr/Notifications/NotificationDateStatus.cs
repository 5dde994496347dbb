namespace Nsp.Domain.Odr.Notifications;

/// <summary>A notification date's state; stored as the seed's exact names (<c>Locked</c>, <c>Completed</c>).</summary>
public enum NotificationDateStatus
{
    Locked,
    Completed,
}
