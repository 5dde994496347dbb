using Nsp.Application.Odr.Audit;
using Nsp.Application.Odr.Notifications;
using Nsp.Application.Odr.Operations;
using Nsp.Application.Odr.Operations.Notification;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.NationalServices.DigitalPost;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Application.Shared.Pipeline;
using Nsp.Domain.Odr.Notifications;
using Nsp.Domain.Shared.Persons;
using Nsp.Tests.Unit.Shared;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using NSubstitute.Extensions;

namespace Nsp.Tests.Unit.Odr.Operations.Notification;

/// <summary>The notification job's batch: which date it works on, which rows it sends, how each letter is committed
/// around the Digital Post call, what it audits and when the date is complete.</summary>
public sealed class NotificationJobTests
{
    // 12:00 UTC on 10 March 2026 is 13:00 in Denmark: today is 10 March.
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateOnly Yesterday = new(2026, 3, 9);
    private const string Undecided = "0101801234";
    private const string Decided = "0202802345";

    private readonly INotificationRepository _notifications = Substitute.For<INotificationRepository>();
    private readonly IOdrNotificationQueries _queries = Substitute.For<IOdrNotificationQueries>();
    private readonly IPersonInformationClient _persons = Substitute.For<IPersonInformationClient>();
    private readonly IDigitalPostClient _digitalPost = Substitute.For<IDigitalPostClient>();
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly IUnitOfWorkTransaction _transaction = Substitute.For<IUnitOfWorkTransaction>();
    private readonly IAuditLogWriter _auditLog = Substitute.For<IAuditLogWriter>();
    private readonly List<AuditRecord> _audited = [];
    private readonly List<DigitalPostLetter> _letters = [];
    private readonly RecordingLogger<NotificationJob> _logger = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    public NotificationJobTests()
    {
        _unitOfWork.BeginAsync(Arg.Any<CancellationToken>()).Returns(_transaction);
        _auditLog.When(a => a.Write(Arg.Any<AuditRecord>())).Do(c => _audited.Add(c.Arg<AuditRecord>()));
        _digitalPost.SendAsync(Arg.Any<DigitalPostLetter>(), Arg.Any<CancellationToken>()).Returns(c =>
        {
            var letter = c.Arg<DigitalPostLetter>();
            _letters.Add(letter);
            return new DigitalPostReceipt(letter.MessageId, "OK");
        });
        _notifications.FindDateAsync(Arg.Any<DateOnly>(), Arg.Any<CancellationToken>()).Returns(NotificationDate.Lock(Today));
        _queries.InProgressAsync(Arg.Any<DateOnly>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(Rows());
        _notifications.FindPendingAsync(Arg.Any<DateOnly>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(Rows());
        _queries.ActiveAmongAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>())
            .Returns(Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { Decided }));
    }

    private static Task<IReadOnlyList<NotificationPerson>> Rows(params NotificationPerson[] rows) => Task.FromResult<IReadOnlyList<NotificationPerson>>(rows);

    private static NotificationPerson PendingRow(string cpr) => NotificationPerson.Pending(Today, Cpr.Parse(cpr));

    private static NotificationPerson InProgressRow(string cpr, bool decided, Guid messageId)
    {
        var row = PendingRow(cpr);
        row.StartSending(decided, messageId.ToString("D"));
        return row;
    }

    private NotificationJob Job(DateOnly? startDate = null, int sendLimit = 10) => new(
        _notifications,
        _queries,
        _persons,
        _digitalPost,
        _unitOfWork,
        new OdrJobAuditWriter(_auditLog, _time),
        new NotificationSettings { StartDate = startDate ?? Today, SendLimit = sendLimit },
        _time,
        _logger);

    private void Pending(params NotificationPerson[] rows) =>
        _notifications.FindPendingAsync(Arg.Any<DateOnly>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(Rows(rows));

    private void InProgress(params NotificationPerson[] rows) =>
        _queries.InProgressAsync(Arg.Any<DateOnly>(), Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(Rows(rows));

    private static async Task<JobBatchOutcome> BatchAsync(NotificationJob job)
    {
        await job.PrepareBatchAsync(null, CancellationToken.None);
        return await job.RunBatchAsync(null, CancellationToken.None);
    }

    [Fact]
    public async Task The_job_refuses_to_run_without_a_start_date_and_names_the_property()
    {
        var job = new NotificationJob(
            _notifications, _queries, _persons, _digitalPost, _unitOfWork, new OdrJobAuditWriter(_auditLog, _time),
            new NotificationSettings(), _time, _logger);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => job.PrepareBatchAsync(null, CancellationToken.None));

        Assert.Contains(NotificationSettings.StartDateKey, refused.Message, StringComparison.Ordinal);
        await _notifications.DidNotReceiveWithAnyArgs().NewestCompletedDateAsync(default);
    }

    [Fact]
    public async Task A_batch_that_was_not_prepared_is_refused_naming_the_job()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Job().RunBatchAsync(null, CancellationToken.None));

        Assert.Contains(OdrJobNames.Notification, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prepared_batch_runs_once()
    {
        var job = Job();
        await BatchAsync(job);

        await Assert.ThrowsAsync<InvalidOperationException>(() => job.RunBatchAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Nothing_is_done_when_the_next_date_is_after_today()
    {
        _notifications.NewestCompletedDateAsync(Arg.Any<CancellationToken>()).Returns(Today);

        var outcome = await BatchAsync(Job(startDate: Yesterday));

        Assert.Equal(JobBatchOutcome.Done(0), outcome);
        await _notifications.DidNotReceiveWithAnyArgs().FindDateAsync(default, default);
        await _notifications.DidNotReceiveWithAnyArgs().CompleteDateAsync(default, default);
    }

    [Fact]
    public async Task A_new_date_is_locked_with_a_pending_row_per_person_turning_18_after_the_offset_in_one_transaction()
    {
        _notifications.FindDateAsync(Today, Arg.Any<CancellationToken>()).Returns((NotificationDate?)null);
        var born = new[] { Cpr.Parse(Undecided), Cpr.Parse(Decided) };
        // 10 March 2026 + 14 days is 24 March 2026: the letters go to those born on 24 March 2008.
        _persons.FindBornOnAsync(new DateOnly(2008, 3, 24), Arg.Any<CancellationToken>()).Returns(Task.FromResult<IReadOnlyList<Cpr>>(born));
        _persons.FindBornOnAsync(Arg.Is<DateOnly>(d => d != new DateOnly(2008, 3, 24)), Arg.Any<CancellationToken>())
            .Returns(Task.FromResult<IReadOnlyList<Cpr>>([]));

        await Job().PrepareBatchAsync(null, CancellationToken.None);

        Received.InOrder(() =>
        {
            _ = _unitOfWork.BeginAsync(Arg.Any<CancellationToken>());
            _ = _notifications.LockDateAsync(Today, Arg.Any<CancellationToken>());
            _ = _notifications.AddPendingAsync(Today, Arg.Is<IReadOnlyCollection<Cpr>>(c => c.SequenceEqual(born)), Arg.Any<CancellationToken>());
            _ = _transaction.CommitAsync(Arg.Any<CancellationToken>());
        });
        await _transaction.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_date_that_already_has_its_row_is_not_locked_again()
    {
        await Job().PrepareBatchAsync(null, CancellationToken.None);

        await _notifications.DidNotReceiveWithAnyArgs().LockDateAsync(default, default);
        await _notifications.DidNotReceiveWithAnyArgs().AddPendingAsync(default, default!, default);
        await _persons.DidNotReceiveWithAnyArgs().FindBornOnAsync(default, default);
    }

    [Fact]
    public async Task Pending_rows_fill_what_the_in_progress_rows_leave_of_the_send_limit()
    {
        InProgress(InProgressRow(Undecided, false, Guid.NewGuid()));

        await Job(sendLimit: 3).PrepareBatchAsync(null, CancellationToken.None);

        await _queries.Received(1).InProgressAsync(Today, 3, Arg.Any<CancellationToken>());
        await _notifications.Received(1).FindPendingAsync(Today, 2, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task No_pending_rows_are_fetched_when_the_in_progress_rows_fill_the_send_limit()
    {
        InProgress(InProgressRow(Undecided, false, Guid.NewGuid()), InProgressRow(Decided, true, Guid.NewGuid()));

        var outcome = await BatchAsync(Job(sendLimit: 2));

        await _notifications.DidNotReceiveWithAnyArgs().FindPendingAsync(default, default, default);
        Assert.Equal(2, outcome.Processed);
    }

    [Fact]
    public async Task A_pending_row_is_committed_in_progress_with_a_new_message_id_before_digital_post_is_called_and_sent_after()
    {
        var row = PendingRow(Undecided);
        Pending(row);
        var statusAtCommit = new List<(NotificationPersonStatus Status, int LettersSent)>();
        _transaction.When(t => t.CommitAsync(Arg.Any<CancellationToken>())).Do(_ => statusAtCommit.Add((row.Status, _letters.Count)));

        await Job().PrepareBatchAsync(null, CancellationToken.None);

        Assert.Equal([(NotificationPersonStatus.InProgress, 0), (NotificationPersonStatus.Sent, 1)], statusAtCommit);
        var letter = Assert.Single(_letters);
        Assert.Equal(row.MessageId, letter.MessageId.ToString("D"));
        Assert.Equal(_time.GetUtcNow().UtcDateTime, row.SentAtDateTime);
    }

    [Fact]
    public async Task An_in_progress_row_is_resent_under_its_stored_message_id_without_starting_again()
    {
        var messageId = Guid.NewGuid();
        var row = InProgressRow(Decided, true, messageId);
        InProgress(row);

        var outcome = await BatchAsync(Job());

        Assert.Equal(messageId, Assert.Single(_letters).MessageId);
        Assert.Equal(NotificationPersonStatus.Sent, row.Status);
        Assert.Equal(1, outcome.Processed);
        await _transaction.Received(1).CommitAsync(Arg.Any<CancellationToken>());
        await _queries.DidNotReceiveWithAnyArgs().ActiveAmongAsync(default!, default);
    }

    [Fact]
    public async Task The_template_follows_whether_the_person_has_an_active_registration()
    {
        Pending(PendingRow(Undecided), PendingRow(Decided));

        await Job().PrepareBatchAsync(null, CancellationToken.None);

        await _queries.Received(1).ActiveAmongAsync(
            Arg.Is<IReadOnlyCollection<string>>(c => c.SequenceEqual(new[] { Undecided, Decided })), Arg.Any<CancellationToken>());
        var seed = NotificationTemplates.Seed;
        Assert.Equal(
            [
                (Undecided, seed.DigitalUndecided, seed.PhysicalUndecided),
                (Decided, seed.DigitalDecided, seed.PhysicalDecided),
            ],
            _letters.Select(l => (l.RecipientCpr.ToString(), l.TemplateDigital, l.TemplatePhysical)));
    }

    [Fact]
    public async Task Only_pending_rows_are_looked_up_for_a_registration()
    {
        Pending(PendingRow(Undecided));
        InProgress(InProgressRow(Decided, true, Guid.NewGuid()));

        await Job().PrepareBatchAsync(null, CancellationToken.None);

        await _queries.Received(1).ActiveAmongAsync(
            Arg.Is<IReadOnlyCollection<string>>(c => c.SequenceEqual(new[] { Undecided })), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Each_letter_is_audited_with_the_cpr_the_templates_and_the_receipt()
    {
        Pending(PendingRow(Undecided));

        await Job().PrepareBatchAsync(null, CancellationToken.None);

        var record = Assert.Single(_audited);
        Assert.Equal(OdrAudit.Category, record.Category);
        var context = record.Components.Single(c => c.Name == OdrAudit.Component).Contexts.Single();
        Assert.Equal(OdrJobAudit.DigitalPostSentContext, context.Name);
        var request = context.Information.Single(i => i.Key == OdrJobAudit.DigitalPostRequest);
        Assert.Equal(AuditInformationType.SPI, request.Type);
        Assert.Equal([Undecided, NotificationTemplates.Seed.DigitalUndecided, NotificationTemplates.Seed.PhysicalUndecided], request.Values!);
        var response = context.Information.Single(i => i.Key == OdrJobAudit.DigitalPostResponse);
        Assert.Equal(AuditInformationType.NPI, response.Type);
        Assert.Equal($"message-id={_letters[0].MessageId:D}; status=OK", response.Value);
    }

    [Fact]
    public async Task A_letter_digital_post_refuses_is_kept_as_error_logged_audited_and_not_counted()
    {
        var row = PendingRow(Undecided);
        Pending(row, PendingRow(Decided));
        var failure = new DigitalPostUnavailableException("adapter down");
        _digitalPost.Configure().SendAsync(Arg.Is<DigitalPostLetter>(l => l.RecipientCpr.ToString() == Undecided), Arg.Any<CancellationToken>())
            .ThrowsAsync(failure);
        _queries.CountPendingAsync(Today, Arg.Any<CancellationToken>()).Returns(0);

        var outcome = await BatchAsync(Job());

        Assert.Equal(NotificationPersonStatus.Error, row.Status);
        Assert.Equal("adapter down", row.ErrorMessage);
        Assert.Equal(1, outcome.Processed);
        var logged = Assert.Single(_logger.Entries);
        Assert.Same(failure, logged.Exception);
        Assert.Contains("kept as Error", logged.Message, StringComparison.Ordinal);
        var response = _audited[0].Components.Single().Contexts.Single().Information.Single(i => i.Key == OdrJobAudit.DigitalPostResponse);
        Assert.Equal("error: adapter down", response.Value);
        // Two commits per pending letter: InProgress before the call, the result after it.
        await _transaction.Received(4).CommitAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_row_fetched_in_another_status_stops_the_batch_naming_the_status()
    {
        var row = InProgressRow(Undecided, false, Guid.NewGuid());
        row.MarkError("earlier failure");
        Pending(row);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Job().PrepareBatchAsync(null, CancellationToken.None));

        Assert.Contains("a Error row", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_letters);
    }

    [Fact]
    public async Task A_date_with_pending_rows_left_asks_for_another_batch_without_completing()
    {
        Pending(PendingRow(Undecided), PendingRow(Decided));
        _queries.CountPendingAsync(Today, Arg.Any<CancellationToken>()).Returns(1);

        var outcome = await BatchAsync(Job());

        Assert.Equal(JobBatchOutcome.More(2), outcome);
        await _notifications.DidNotReceiveWithAnyArgs().CompleteDateAsync(default, default);
    }

    [Fact]
    public async Task A_completed_past_date_moves_on_to_the_next_date()
    {
        _notifications.CompleteDateAsync(Yesterday, Arg.Any<CancellationToken>()).Returns(true);

        var outcome = await BatchAsync(Job(startDate: Yesterday));

        Assert.Equal(JobBatchOutcome.More(0), outcome);
    }

    [Fact]
    public async Task Completing_today_ends_the_run()
    {
        Pending(PendingRow(Undecided));
        _notifications.CompleteDateAsync(Today, Arg.Any<CancellationToken>()).Returns(true);

        var outcome = await BatchAsync(Job());

        Assert.Equal(JobBatchOutcome.Done(1), outcome);
        await _notifications.Received(1).CompleteDateAsync(Today, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_date_held_by_an_error_row_ends_the_run()
    {
        _notifications.CompleteDateAsync(Yesterday, Arg.Any<CancellationToken>()).Returns(false);

        var outcome = await BatchAsync(Job(startDate: Yesterday));

        Assert.Equal(JobBatchOutcome.Done(0), outcome);
    }
}
