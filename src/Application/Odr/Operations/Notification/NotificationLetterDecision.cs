using Nsp.Domain.Odr.Notifications;

namespace Nsp.Application.Odr.Operations.Notification;

/// <summary>What the job does with a letter row it finds, and the message id it sends under. A row found InProgress
/// was being sent when a run stopped: Digital Post may have it already, so it is resent under the SAME id (which Digital
/// Post treats as the same letter), never a new one.</summary>
public static class NotificationLetterDecision
{
    public static NotificationLetterAction ActionFor(NotificationPersonStatus status) => status switch
    {
        NotificationPersonStatus.Pending => NotificationLetterAction.Send,
        NotificationPersonStatus.InProgress => NotificationLetterAction.Resend,
        NotificationPersonStatus.Error => NotificationLetterAction.HoldDate,
        _ => NotificationLetterAction.None,
    };

    /// <summary>The row's id when it has one (a retry), else a new version 4 UUID from <paramref name="newId"/>.</summary>
    public static Guid MessageIdFor(string? storedMessageId, Func<Guid> newId)
    {
        ArgumentNullException.ThrowIfNull(newId);
        if (storedMessageId is null)
        {
            return newId();
        }

        return Guid.TryParse(storedMessageId, out var id)
            ? id
            : throw new InvalidOperationException("A notification's stored message id is not a UUID; fix the row before it is resent.");
    }
}
