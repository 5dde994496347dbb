using Nsp.Application.Odr.Operations.Notification;
using Nsp.Domain.Odr.Notifications;

namespace Nsp.Tests.Unit.Odr.Operations;

public sealed class NotificationLetterDecisionTests
{
    [Theory]
    [InlineData(NotificationPersonStatus.Pending, NotificationLetterAction.Send)]
    [InlineData(NotificationPersonStatus.InProgress, NotificationLetterAction.Resend)]
    [InlineData(NotificationPersonStatus.Error, NotificationLetterAction.HoldDate)]
    [InlineData(NotificationPersonStatus.Sent, NotificationLetterAction.None)]
    [InlineData(NotificationPersonStatus.Completed, NotificationLetterAction.None)]
    public void Each_status_found_at_a_run_leads_to_one_action(NotificationPersonStatus status, NotificationLetterAction expected)
    {
        Assert.Equal(expected, NotificationLetterDecision.ActionFor(status));
    }

    [Fact]
    public void A_row_with_a_message_id_is_sent_under_it_and_never_under_a_new_one()
    {
        var stored = Guid.NewGuid();

        var id = NotificationLetterDecision.MessageIdFor(stored.ToString("D"), () => throw new InvalidOperationException("no new id"));

        Assert.Equal(stored, id);
    }

    [Fact]
    public void A_row_without_a_message_id_takes_a_new_version_4_id()
    {
        var id = NotificationLetterDecision.MessageIdFor(null, Guid.NewGuid);

        Assert.Equal(4, id.Version);
    }

    [Fact]
    public void A_stored_message_id_that_is_no_UUID_stops_the_send()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => NotificationLetterDecision.MessageIdFor("not-a-uuid", Guid.NewGuid));

        Assert.Equal("A notification's stored message id is not a UUID; fix the row before it is resent.", refused.Message);
    }

    [Fact]
    public void A_source_of_new_ids_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => NotificationLetterDecision.MessageIdFor(Guid.NewGuid().ToString("D"), null!));
    }

    [Fact]
    public void A_retried_row_keeps_its_message_id_through_the_operators_reset()
    {
        var row = NotificationPerson.Pending(new DateOnly(2026, 1, 1), Nsp.Domain.Shared.Persons.Cpr.Parse("0101084001"));
        var first = Guid.NewGuid().ToString("D");
        row.StartSending(decided: false, first);
        row.MarkError("refused");
        row.ResetToPending();

        row.StartSending(decided: false, NotificationLetterDecision.MessageIdFor(row.MessageId, Guid.NewGuid).ToString("D"));

        Assert.Equal(first, row.MessageId);
    }

    [Theory]
    [InlineData(true, "ODR/20250911/digital/18aarHarTagetStilling", "ODR/20250911/physical/18aarHarTagetStilling")]
    [InlineData(false, "ODR/20250911/digital/18aarIkkeTagetStilling", "ODR/20250911/physical/18aarIkkeTagetStilling")]
    public void Decided_persons_get_the_decided_templates_and_the_others_the_undecided(bool decided, string digital, string physical)
    {
        Assert.Equal((digital, physical), NotificationTemplates.Seed.For(decided));
    }
}
