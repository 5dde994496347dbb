using Nsp.Domain.Idsas.Whitelisting;

namespace Nsp.Tests.Unit.Idsas.Domain;

public sealed class WhitelistEntryTests
{
    [Fact]
    public void An_entry_at_the_column_lengths_is_kept_as_given()
    {
        var actorId = new string('a', WhitelistEntry.ActorIdMaxLength);
        var type = new string('t', WhitelistType.MaxLength);
        var note = new string('n', WhitelistEntry.NoteMaxLength);

        var entry = WhitelistEntry.Create(actorId, type, note);

        Assert.Equal((actorId, type, note), (entry.ActorId, entry.Type, entry.Note));
        Assert.Null(WhitelistEntry.Create("actor", "type").Note);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_blank_actor_id_or_type_is_refused(string blank)
    {
        Assert.Contains("actor id", Assert.Throws<ArgumentException>(() => WhitelistEntry.Create(blank, "type")).Message);
        Assert.Contains("whitelist type", Assert.Throws<ArgumentException>(() => WhitelistEntry.Create("actor", blank)).Message);
    }

    [Fact]
    public void Values_longer_than_their_columns_are_refused()
    {
        Assert.Contains("actor id", Assert.Throws<ArgumentException>(
            () => WhitelistEntry.Create(new string('a', WhitelistEntry.ActorIdMaxLength + 1), "type")).Message);
        Assert.Contains("whitelist type", Assert.Throws<ArgumentException>(
            () => WhitelistEntry.Create("actor", new string('t', WhitelistType.MaxLength + 1))).Message);
        Assert.Contains("at most 500", Assert.Throws<ArgumentException>(
            () => WhitelistEntry.Create("actor", "type", new string('n', WhitelistEntry.NoteMaxLength + 1))).Message);
    }
}
