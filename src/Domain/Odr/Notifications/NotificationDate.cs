namespace Nsp.Domain.Odr.Notifications;

/// <summary>A birth-date run of the notification job: <see cref="NotificationDateStatus.Locked"/> while its letters
/// are being sent, <see cref="NotificationDateStatus.Completed"/> when all are sent; the next date starts only then.</summary>
public sealed class NotificationDate
{
    private NotificationDate(DateOnly date, NotificationDateStatus status)
    {
        Date = date;
        Status = status;
    }

    public DateOnly Date { get; private set; }

    public NotificationDateStatus Status { get; private set; }

    public static NotificationDate Lock(DateOnly date) => new(date, NotificationDateStatus.Locked);

    public void Complete()
    {
        if (Status != NotificationDateStatus.Locked)
        {
            throw new InvalidOperationException($"Only a Locked date can be completed; this one is {Status}.");
        }

        Status = NotificationDateStatus.Completed;
    }
}
