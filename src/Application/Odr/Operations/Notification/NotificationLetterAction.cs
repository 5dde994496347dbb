namespace Nsp.Application.Odr.Operations.Notification;

/// <summary>See <see cref="NotificationLetterDecision"/>.</summary>
public enum NotificationLetterAction
{
    /// <summary>Nothing: sent or completed.</summary>
    None,

    /// <summary>Pending: take a message id, commit InProgress, send.</summary>
    Send,

    /// <summary>InProgress at the start of a run: send again under the stored message id.</summary>
    Resend,

    /// <summary>Error: the date waits for the operator's reset.</summary>
    HoldDate,
}
