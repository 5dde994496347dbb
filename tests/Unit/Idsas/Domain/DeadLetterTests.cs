using Nsp.Domain.Idsas.DeadLetters;

namespace Nsp.Tests.Unit.Idsas.Domain;

public sealed class DeadLetterTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_dead_letter_keeps_what_arrived_and_why()
    {
        var letter = DeadLetter.Create("idsas.blurrings", "0:42", "key", "{not json", "unreadable", Now);

        Assert.Equal(("idsas.blurrings", "0:42", "key", "{not json", "unreadable", Now),
            (letter.Topic, letter.Position, letter.MessageKey, letter.Payload, letter.Reason, letter.Created));
    }

    [Fact]
    public void Over_long_metadata_is_cut_to_the_columns_and_the_payload_is_kept_whole()
    {
        var payload = new string('p', 5000);

        var letter = DeadLetter.Create(
            new string('t', 300), new string('o', 150), new string('k', 300), payload, new string('r', 2000), Now);

        Assert.Equal(new string('t', DeadLetter.TopicMaxLength), letter.Topic);
        Assert.Equal(new string('o', DeadLetter.PositionMaxLength), letter.Position);
        Assert.Equal(new string('k', DeadLetter.KeyMaxLength), letter.MessageKey);
        Assert.Equal(new string('r', DeadLetter.ReasonMaxLength), letter.Reason);
        Assert.Equal(payload, letter.Payload);
    }

    [Fact]
    public void A_dead_letter_needs_a_topic_and_a_reason_and_its_other_fields()
    {
        Assert.Throws<ArgumentException>(() => DeadLetter.Create("", "0", "k", "p", "r", Now));
        Assert.Throws<ArgumentNullException>(() => DeadLetter.Create("t", null!, "k", "p", "r", Now));
        Assert.Throws<ArgumentNullException>(() => DeadLetter.Create("t", "0", null!, "p", "r", Now));
        Assert.Throws<ArgumentNullException>(() => DeadLetter.Create("t", "0", "k", null!, "r", Now));
        Assert.Throws<ArgumentException>(() => DeadLetter.Create("t", "0", "k", "p", "", Now));
    }
}
