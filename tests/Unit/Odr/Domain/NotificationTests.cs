using Nsp.Domain.Odr.Notifications;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Unit.Odr.Domain;

public sealed class NotificationTests
{
    private static readonly DateOnly Day = new(2026, 12, 7);
    private static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    private static NotificationPerson InProgress()
    {
        var person = NotificationPerson.Pending(Day, Cpr.Parse("2112081234"));
        person.StartSending(decided: true, "msg-1");
        return person;
    }

    [Fact]
    public void A_date_is_locked_then_completed_once()
    {
        var date = NotificationDate.Lock(Day);
        Assert.Equal(NotificationDateStatus.Locked, date.Status);

        date.Complete();

        Assert.Equal(NotificationDateStatus.Completed, date.Status);
        Assert.Throws<InvalidOperationException>(date.Complete);
    }

    [Fact]
    public void The_status_names_are_the_seeds_strings()
    {
        Assert.Equal(["Pending", "InProgress", "Sent", "Error", "Completed"], Enum.GetNames<NotificationPersonStatus>());
        Assert.Equal(["Locked", "Completed"], Enum.GetNames<NotificationDateStatus>());
    }

    [Fact]
    public void A_letter_goes_pending_in_progress_sent_completed()
    {
        var person = NotificationPerson.Pending(Day, Cpr.Parse("2112081234"));
        Assert.Equal(NotificationPersonStatus.Pending, person.Status);

        person.StartSending(decided: false, "msg-1");
        Assert.Equal((NotificationPersonStatus.InProgress, false, "msg-1"), (person.Status, person.Decided!.Value, person.MessageId));

        person.MarkSent(Now);
        Assert.Equal((NotificationPersonStatus.Sent, Now), (person.Status, person.SentAtDateTime!.Value));

        person.Complete();
        Assert.Equal(NotificationPersonStatus.Completed, person.Status);
    }

    [Fact]
    public void A_failed_letter_keeps_its_message_id_when_the_operator_resets_it()
    {
        var person = InProgress();
        person.MarkError("Digital Post answered 500");
        Assert.Equal((NotificationPersonStatus.Error, "Digital Post answered 500"), (person.Status, person.ErrorMessage));

        person.ResetToPending();
        person.StartSending(decided: true, "msg-2");

        Assert.Equal("msg-1", person.MessageId);
        Assert.Null(person.ErrorMessage);
        Assert.Equal(NotificationPersonStatus.InProgress, person.Status);
    }

    [Fact]
    public void Transitions_out_of_order_are_refused()
    {
        var pending = NotificationPerson.Pending(Day, Cpr.Parse("2112081234"));
        Assert.Throws<InvalidOperationException>(() => pending.MarkSent(Now));
        Assert.Throws<InvalidOperationException>(() => pending.MarkError("x"));
        Assert.Throws<InvalidOperationException>(pending.Complete);
        Assert.Throws<InvalidOperationException>(pending.ResetToPending);

        var inProgress = InProgress();
        Assert.Throws<InvalidOperationException>(() => inProgress.StartSending(true, "msg-3"));
        Assert.Throws<InvalidOperationException>(inProgress.Complete);

        var completed = InProgress();
        completed.MarkSent(Now);
        completed.Complete();
        Assert.Throws<InvalidOperationException>(completed.ResetToPending);
        Assert.Throws<InvalidOperationException>(() => completed.MarkError("x"));
    }

    [Fact]
    public void A_sent_or_stuck_letter_can_be_reset_and_loses_its_send_time()
    {
        var sent = InProgress();
        sent.MarkSent(Now);
        sent.ResetToPending();
        Assert.Equal((NotificationPersonStatus.Pending, (DateTime?)null), (sent.Status, sent.SentAtDateTime));

        var stuck = InProgress();
        stuck.ResetToPending();
        Assert.Equal(NotificationPersonStatus.Pending, stuck.Status);
    }

    [Fact]
    public void A_long_error_is_cut_to_the_column_and_local_times_are_refused()
    {
        var person = InProgress();
        Assert.Throws<ArgumentException>(() => person.MarkSent(DateTime.SpecifyKind(Now, DateTimeKind.Local)));

        person.MarkError(new string('x', NotificationPerson.ErrorMessageMaxLength + 10));

        Assert.Equal(NotificationPerson.ErrorMessageMaxLength, person.ErrorMessage!.Length);
    }
}
