using Nsp.Domain.Odr.Notifications;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Unit.Odr.Domain;

public sealed class NotificationRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 25);
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    private static NotificationPerson Letter() => NotificationPerson.Pending(Day, Cpr.Parse("1111111118"));

    [Fact]
    public void A_locked_date_keeps_its_date_and_refuses_a_second_completion_naming_its_state()
    {
        var date = NotificationDate.Lock(Day);
        Assert.Equal((Day, NotificationDateStatus.Locked), (date.Date, date.Status));

        date.Complete();

        Assert.Contains("Completed", Assert.Throws<InvalidOperationException>(date.Complete).Message);
    }

    [Fact]
    public void A_pending_letter_is_for_its_date_and_citizen()
    {
        var letter = Letter();

        Assert.Equal((Day, "1111111118", NotificationPersonStatus.Pending), (letter.Date, letter.Cpr, letter.Status));
        Assert.Throws<ArgumentNullException>(() => NotificationPerson.Pending(Day, null!));
    }

    [Fact]
    public void A_message_id_of_up_to_64_characters_is_taken_and_a_longer_or_blank_one_refused()
    {
        Assert.Throws<ArgumentException>(() => Letter().StartSending(true, " "));
        Assert.Contains("at most 64", Assert.Throws<ArgumentException>(() => Letter().StartSending(true, new string('m', 65))).Message);
        var letter = Letter();

        letter.StartSending(true, new string('m', 64));

        Assert.Equal(new string('m', 64), letter.MessageId);
    }

    [Fact]
    public void A_refused_transition_names_the_action_the_state_and_the_state_needed()
    {
        var letter = Letter();

        Assert.Equal("Cannot mark sent a Pending notification; it must be InProgress.",
            Assert.Throws<InvalidOperationException>(() => letter.MarkSent(Now)).Message);
        Assert.Contains("mark failed", Assert.Throws<InvalidOperationException>(() => letter.MarkError("boom")).Message);
        Assert.Contains("Cannot complete", Assert.Throws<InvalidOperationException>(letter.Complete).Message);
        Assert.Contains("Only an Error, InProgress or Sent letter can be reset; this one is Pending",
            Assert.Throws<InvalidOperationException>(letter.ResetToPending).Message);
        letter.StartSending(false, "m-1");
        Assert.Contains("start sending", Assert.Throws<InvalidOperationException>(() => letter.StartSending(false, "m-2")).Message);
    }

    [Fact]
    public void An_error_needs_a_message_and_a_send_time_must_be_utc()
    {
        var letter = Letter();
        letter.StartSending(true, "m-1");

        Assert.Throws<ArgumentException>(() => letter.MarkError(" "));
        Assert.Contains("UTC", Assert.Throws<ArgumentException>(() => letter.MarkSent(DateTime.SpecifyKind(Now, DateTimeKind.Local))).Message);
        Assert.Equal(NotificationPersonStatus.InProgress, letter.Status);
    }
}
