using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Odr.Notifications;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.NationalServices.DigitalPost;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Application.Shared.Pipeline;
using Nsp.Domain.Odr.Notifications;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Operations.Notification;

/// <summary>
/// Letters before the 18th birthday (DESIGN 5.2). A batch works on one date D: it locks D and adds a Pending row per
/// person born on D + offset − legal age (once per date), resends the rows a stopped run left InProgress under their
/// stored message ids, then sends up to <c>send.limit</c> Pending rows, each committed InProgress (with its message id)
/// BEFORE Digital Post is called and committed Sent or Error after. The national services are called in
/// <see cref="PrepareBatchAsync"/>, outside the runner's batch transaction, with short transactions of its own; the
/// batch itself then completes D when every row is Sent, and the next batch takes D + 1. An Error row holds D until
/// the operator resets it.
/// </summary>
public sealed partial class NotificationJob(
    INotificationRepository notifications,
    IOdrNotificationQueries queries,
    [FromKeyedServices(OdrParts.PersonInformation)] IPersonInformationClient persons,
    [FromKeyedServices(OdrServiceKeys.DigitalPost)] IDigitalPostClient digitalPost,
    [FromKeyedServices(NspService.Odr)] IUnitOfWork unitOfWork,
    OdrJobAuditWriter audit,
    NotificationSettings settings,
    TimeProvider time,
    ILogger<NotificationJob> logger) : IPreparedBatchJob
{
    private Prepared? _prepared;

    public string Name => OdrJobNames.Notification;

    public JobVocabulary Vocabulary => JobVocabulary.Resumable;

    public async Task PrepareBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        _prepared = null;
        var startDate = settings.StartDate
            ?? throw new InvalidOperationException(
                $"Property '{NotificationSettings.StartDateKey}' is required in operations.properties before the notification job can run");
        var today = OdrToday.From(time);
        var newest = await notifications.NewestCompletedDateAsync(cancellationToken);
        if (NotificationCalendar.NextDate(startDate, newest, today) is not { } date)
        {
            _prepared = new Prepared(null, today, 0);
            return;
        }

        if (await notifications.FindDateAsync(date, cancellationToken) is null)
        {
            await LockAndAddPersonsAsync(date, cancellationToken);
        }

        // Rows a stopped run left InProgress first (resent under their ids), then the next Pending ones: send.limit
        // rows in all, so a batch never takes more than the seed's limit.
        var rows = (await queries.InProgressAsync(date, settings.SendLimit, cancellationToken)).ToList();
        if (rows.Count < settings.SendLimit)
        {
            rows.AddRange(await notifications.FindPendingAsync(date, settings.SendLimit - rows.Count, cancellationToken));
        }

        var pendingCprs = rows.Where(r => r.Status == NotificationPersonStatus.Pending).Select(r => r.Cpr).ToList();
        var decided = pendingCprs.Count == 0 ? new HashSet<string>() : await queries.ActiveAmongAsync(pendingCprs, cancellationToken);
        var sent = 0;
        foreach (var row in rows)
        {
            switch (NotificationLetterDecision.ActionFor(row.Status))
            {
                case NotificationLetterAction.Send:
                    await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
                    {
                        row.StartSending(decided.Contains(row.Cpr), NotificationLetterDecision.MessageIdFor(row.MessageId, Guid.NewGuid).ToString("D"));
                        await transaction.CommitAsync(cancellationToken);
                    }

                    sent += await SendAsync(row, cancellationToken) ? 1 : 0;
                    break;
                case NotificationLetterAction.Resend:
                    sent += await SendAsync(row, cancellationToken) ? 1 : 0;
                    break;
                default:
                    throw new InvalidOperationException($"{Name}: a {row.Status} row was fetched for sending.");
            }
        }

        _prepared = new Prepared(date, today, sent);
    }

    public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        var prepared = _prepared ?? throw new InvalidOperationException($"{Name}: the batch was not prepared before it was run.");
        _prepared = null;
        if (prepared.Date is not { } date)
        {
            return JobBatchOutcome.Done(0);
        }

        if (await queries.CountPendingAsync(date, cancellationToken) > 0)
        {
            return JobBatchOutcome.More(prepared.Sent);
        }

        // Every row Sent: the date is done and the next one starts. Otherwise an Error row holds it.
        var completed = await notifications.CompleteDateAsync(date, cancellationToken);
        return completed && date < prepared.Today ? JobBatchOutcome.More(prepared.Sent) : JobBatchOutcome.Done(prepared.Sent);
    }

    private async Task LockAndAddPersonsAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var cprs = new List<Cpr>();
        foreach (var birthDate in NotificationCalendar.BirthDatesFor(date, settings.LegalAge, settings.Offset))
        {
            cprs.AddRange(await persons.FindBornOnAsync(birthDate, cancellationToken));
        }

        // The date's row and its persons in one transaction: a date that is Locked always has its rows.
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await notifications.LockDateAsync(date, cancellationToken);
        await notifications.AddPendingAsync(date, cprs, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sends an InProgress row under its stored id and records Sent or Error; true when sent.</summary>
    private async Task<bool> SendAsync(NotificationPerson row, CancellationToken cancellationToken)
    {
        var (digital, physical) = settings.Templates.For(row.Decided ?? false);
        var messageId = NotificationLetterDecision.MessageIdFor(row.MessageId, () => throw new InvalidOperationException("An InProgress row has a message id."));
        var letter = new DigitalPostLetter(messageId, Cpr.Parse(row.Cpr), digital, physical);
        string response;
        try
        {
            // No transaction is open during the call: the row's InProgress state was committed before it.
            var receipt = await digitalPost.SendAsync(letter, cancellationToken);
            row.MarkSent(time.GetUtcNow().UtcDateTime);
            response = receipt.AuditValue;
        }
        catch (DigitalPostUnavailableException exception)
        {
            LogLetterFailed(logger, exception, row.NotificationPersonPid);
            row.MarkError(exception.Message);
            response = "error: " + exception.Message;
        }

        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
        }

        audit.Write(OdrJobAudit.DigitalPostSentContext, c => c
            .AddValues(OdrJobAudit.DigitalPostRequest, AuditInformationType.SPI, [row.Cpr, digital, physical])
            .Add(OdrJobAudit.DigitalPostResponse, AuditInformationType.NPI, response));
        return row.Status == NotificationPersonStatus.Sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digital Post refused notification {NotificationPersonPid}; it is kept as Error for the operator")]
    private static partial void LogLetterFailed(ILogger logger, Exception exception, long notificationPersonPid);

    /// <summary>The date the batch worked on (null: nothing to do today), today, and the letters it sent.</summary>
    private sealed record Prepared(DateOnly? Date, DateOnly Today, int Sent);
}
