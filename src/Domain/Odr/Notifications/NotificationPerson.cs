namespace Nsp.Domain.Odr.Notifications;

/// <summary>One letter of a notification date. The seed's state machine: Pending → InProgress (committed before
/// Digital Post is called) → Sent or Error; Sent → Completed when the whole date is sent; an operator puts Error,
/// InProgress or Sent back to Pending. The message id is kept across retries, so Digital Post can recognise a resend.</summary>
public sealed class NotificationPerson
{
    public const int CprLength = 10;
    public const int MessageIdMaxLength = 64;
    public const int ErrorMessageMaxLength = 2000;
    public const int StatusMaxLength = 10;

    private NotificationPerson(DateOnly date, string cpr)
    {
        Date = date;
        Cpr = cpr;
        Status = NotificationPersonStatus.Pending;
    }

    /// <summary>The seed's <c>NotificationPersonPID</c>, which operators name in their SQL.</summary>
    public long NotificationPersonPid { get; private set; }

    public DateOnly Date { get; private set; }

    public string Cpr { get; private set; }

    /// <summary>Whether the person had an active registration when the letter was sent (chooses the template); null
    /// until sending starts.</summary>
    public bool? Decided { get; private set; }

    public string? MessageId { get; private set; }

    public NotificationPersonStatus Status { get; private set; }

    public DateTime? SentAtDateTime { get; private set; }

    public string? ErrorMessage { get; private set; }

    public static NotificationPerson Pending(DateOnly date, Shared.Persons.Cpr cpr)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        return new NotificationPerson(date, cpr.ToString());
    }

    /// <summary>Pending → InProgress. Keeps a message id from an earlier attempt, else takes <paramref name="newMessageId"/>.</summary>
    public void StartSending(bool decided, string newMessageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newMessageId);
        Require(NotificationPersonStatus.Pending, "start sending");
        Decided = decided;
        MessageId ??= newMessageId.Length <= MessageIdMaxLength
            ? newMessageId
            : throw new ArgumentException($"A message id is at most {MessageIdMaxLength} characters.", nameof(newMessageId));
        Status = NotificationPersonStatus.InProgress;
    }

    /// <summary>InProgress → Sent.</summary>
    public void MarkSent(DateTime atUtc)
    {
        if (atUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Instants are UTC.", nameof(atUtc));
        }

        Require(NotificationPersonStatus.InProgress, "mark sent");
        SentAtDateTime = atUtc;
        ErrorMessage = null;
        Status = NotificationPersonStatus.Sent;
    }

    /// <summary>InProgress → Error; the message is what the operator reads (cut to the column's length).</summary>
    public void MarkError(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Require(NotificationPersonStatus.InProgress, "mark failed");
        ErrorMessage = message.Length <= ErrorMessageMaxLength ? message : message[..ErrorMessageMaxLength];
        Status = NotificationPersonStatus.Error;
    }

    /// <summary>Sent → Completed, when every letter of the date is sent.</summary>
    public void Complete()
    {
        Require(NotificationPersonStatus.Sent, "complete");
        Status = NotificationPersonStatus.Completed;
    }

    /// <summary>The operator's recovery (seed): Error, InProgress or Sent back to Pending, clearing the send time and
    /// error but keeping the message id.</summary>
    public void ResetToPending()
    {
        if (Status is not (NotificationPersonStatus.Error or NotificationPersonStatus.InProgress or NotificationPersonStatus.Sent))
        {
            throw new InvalidOperationException($"Only an Error, InProgress or Sent letter can be reset; this one is {Status}.");
        }

        SentAtDateTime = null;
        ErrorMessage = null;
        Status = NotificationPersonStatus.Pending;
    }

    private void Require(NotificationPersonStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new InvalidOperationException($"Cannot {action} a {Status} notification; it must be {expected}.");
        }
    }
}
