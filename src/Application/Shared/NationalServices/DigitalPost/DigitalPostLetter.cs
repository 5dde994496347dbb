using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Shared.NationalServices.DigitalPost;

/// <summary>
/// One letter for SendDigitalPost: a digital template (and optionally a physical one for citizens without digital
/// mail) with key/value details about the recipient and for the template.
/// </summary>
/// <remarks>
/// The same <see cref="MessageId"/> means the same letter: ODR's notification job stores the id with the row and
/// reuses it on a retry, and adapters send a repeated id at most once. <see cref="ToString"/> leaves the CPR out,
/// so a letter can be logged.
/// </remarks>
public sealed class DigitalPostLetter
{
    /// <summary>The OID of the CPR register: <c>recipient-id-source</c> for a CPR recipient.</summary>
    public const string CprIdSource = "1.2.208.176.1.2";

    public DigitalPostLetter(
        Guid messageId,
        Cpr recipientCpr,
        string templateDigital,
        string? templatePhysical = null,
        IReadOnlyList<KeyValuePair<string, string>>? recipientDetails = null,
        IReadOnlyList<KeyValuePair<string, string>>? templateDetails = null,
        string recipientIdSource = CprIdSource)
    {
        ArgumentNullException.ThrowIfNull(recipientCpr);
        ArgumentException.ThrowIfNullOrWhiteSpace(templateDigital);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientIdSource);

        // The adapter's contract asks for a random (version 4, RFC 4122 variant) UUID.
        if (messageId.Version != 4 || (messageId.Variant & 0xC) != 0x8)
        {
            throw new ArgumentException("The message id must be a version 4 UUID.", nameof(messageId));
        }

        if (templatePhysical is not null && string.IsNullOrWhiteSpace(templatePhysical))
        {
            throw new ArgumentException("The physical template is blank; leave it out instead.", nameof(templatePhysical));
        }

        MessageId = messageId;
        RecipientCpr = recipientCpr;
        RecipientIdSource = recipientIdSource;
        TemplateDigital = templateDigital;
        TemplatePhysical = templatePhysical;
        RecipientDetails = Checked(recipientDetails, nameof(recipientDetails));
        TemplateDetails = Checked(templateDetails, nameof(templateDetails));
    }

    /// <summary><c>message-id</c>: a version 4 UUID that identifies the letter across retries.</summary>
    public Guid MessageId { get; }

    /// <summary><c>recipient-id</c>.</summary>
    public Cpr RecipientCpr { get; }

    /// <summary><c>recipient-id-source</c>; <see cref="CprIdSource"/> unless told otherwise.</summary>
    public string RecipientIdSource { get; }

    /// <summary><c>template-digital</c>, e.g. <c>ODR/20250911/digital/18aarIkkeTagetStilling</c>.</summary>
    public string TemplateDigital { get; }

    /// <summary><c>template-physical</c>, or null when the letter has no paper form.</summary>
    public string? TemplatePhysical { get; }

    /// <summary><c>recipient-details</c>, in order; keys may repeat.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RecipientDetails { get; }

    /// <summary><c>template-details</c>, in order; keys may repeat.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> TemplateDetails { get; }

    public override string ToString() => $"DigitalPostLetter {MessageId:D} ({TemplateDigital})";

    private static KeyValuePair<string, string>[] Checked(IReadOnlyList<KeyValuePair<string, string>>? details, string name)
    {
        if (details is null)
        {
            return [];
        }

        var copy = details.ToArray();
        foreach (var (key, value) in copy)
        {
            if (string.IsNullOrWhiteSpace(key) || value is null)
            {
                throw new ArgumentException("Every detail needs a key and a value.", name);
            }
        }

        return copy;
    }
}
