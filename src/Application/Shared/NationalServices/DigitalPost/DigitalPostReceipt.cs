namespace Nsp.Application.Shared.NationalServices.DigitalPost;

/// <summary>
/// The adapter's reply to one letter: the message id it acknowledged and its status text (e.g. <c>OK</c>). Holds no
/// personal data, so it can be audited as the non-personal <c>digital-post-response</c>.
/// </summary>
public sealed record DigitalPostReceipt(Guid MessageId, string Status)
{
    /// <summary>The value for the audit key <c>digital-post-response</c>.</summary>
    public string AuditValue => $"message-id={MessageId:D}; status={Status}";
}
