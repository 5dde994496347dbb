namespace Nsp.Domain.Idsas.Whitelisting;

/// <summary>A row of <c>whitelist(actor_id, type, note)</c>: operators insert them by SQL (seed 000); only actor_id
/// and type are required, the note refers to e.g. a support case.</summary>
public sealed class WhitelistEntry
{
    public const int ActorIdMaxLength = 100;
    public const int NoteMaxLength = 500;

    private WhitelistEntry(string actorId, string type, string? note)
    {
        ActorId = actorId;
        Type = type;
        Note = note;
    }

    public string ActorId { get; private set; }

    public string Type { get; private set; }

    public string? Note { get; private set; }

    public static WhitelistEntry Create(string actorId, string type, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(actorId) || actorId.Length > ActorIdMaxLength)
        {
            throw new ArgumentException($"An actor id is 1..{ActorIdMaxLength} characters.", nameof(actorId));
        }

        if (string.IsNullOrWhiteSpace(type) || type.Length > WhitelistType.MaxLength)
        {
            throw new ArgumentException($"A whitelist type is 1..{WhitelistType.MaxLength} characters.", nameof(type));
        }

        if (note is not null && note.Length > NoteMaxLength)
        {
            throw new ArgumentException($"A note is at most {NoteMaxLength} characters.", nameof(note));
        }

        return new WhitelistEntry(actorId, type, note);
    }
}
