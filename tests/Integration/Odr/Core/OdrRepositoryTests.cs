using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Odr.Notifications;
using Nsp.Application.Odr.Registrations;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Notifications;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Integration.Odr.Core;

/// <summary>The repositories' queries the jobs will use, on PostgreSQL: deleting a CPR's data set-based, and the
/// notification job's date and letter bookkeeping, including the seed's operator SQL run unquoted.</summary>
public sealed class OdrRepositoryTests(OdrCoreDatabase<OdrRepositoryTests> database)
    : IClassFixture<OdrCoreDatabase<OdrRepositoryTests>>
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);

    private static Cpr[] Cprs(int count, int firstDay) =>
        [.. Enumerable.Range(0, count).Select(i => Cpr.Parse($"{firstDay:00}0170{i:0000}"))];

    /// <summary>Runs the work in one committed unit of work, as a job's batch does.</summary>
    private static Task InUnitOfWorkAsync(OdrCoreTestHost host, Func<INotificationRepository, Task> work) =>
        host.WithScopeAsync(async sp =>
        {
            await using var transaction = await sp.GetRequiredKeyedService<IUnitOfWork>(NspService.Odr).BeginAsync(CancellationToken.None);
            await work(sp.GetRequiredService<INotificationRepository>());
            await transaction.CommitAsync(CancellationToken.None);
        });

    [Fact]
    public async Task Deleting_a_cprs_data_removes_its_history_and_letters_and_nothing_else()
    {
        await using var host = OdrCoreTestHost.Start(database.Options);
        var gone = Cpr.Parse("2101701234");
        var kept = Cpr.Parse("2201701234");
        await host.WithScopeAsync(async sp =>
        {
            var registrations = sp.GetRequiredService<IOrganDonorRegistrationRepository>();
            foreach (var cpr in new[] { gone, kept })
            {
                Assert.True(await registrations.AddIfNoneActiveAsync(OrganDonorRegistration.Create(cpr, PermissionType.Full, OrganPermissions.NoneGiven, null, Now), default));
                Assert.True(await registrations.CloseActiveAsync(cpr, Now.AddHours(1), default));
                Assert.True(await registrations.AddIfNoneActiveAsync(OrganDonorRegistration.Create(cpr, PermissionType.None, OrganPermissions.NoneGiven, null, Now.AddHours(1)), default));
            }

            var notifications = sp.GetRequiredService<INotificationRepository>();
            await notifications.AddPendingAsync(new DateOnly(2026, 12, 1), [gone, kept], default);
            await notifications.AddPendingAsync(new DateOnly(2026, 12, 2), [gone], default);
        });

        DeletedCprData deleted = null!;
        IReadOnlyList<OrganDonorRegistration> keptHistory = [];
        await host.WithScopeAsync(async sp =>
        {
            var registrations = sp.GetRequiredService<IOrganDonorRegistrationRepository>();
            deleted = await registrations.DeleteAllDataAsync(gone, default);
            keptHistory = await registrations.HistoryAsync(kept, default);
            Assert.Empty(await registrations.HistoryAsync(gone, default));
            Assert.Null(await registrations.FindActiveAsync(gone, default));
        });

        Assert.Equal(new DeletedCprData(2, 2), deleted);
        Assert.Equal([PermissionType.Full, PermissionType.None], keptHistory.Select(r => r.PermissionType));
        var (keptText, goneText) = (kept.ToString(), gone.ToString());
        Assert.Equal((1, 0), await host.WithContextAsync(async c => (
            await c.NotificationPersons.CountAsync(p => p.Cpr == keptText), await c.NotificationPersons.CountAsync(p => p.Cpr == goneText))));
    }

    [Fact]
    public async Task A_date_is_locked_once_and_its_pending_letters_are_added_once()
    {
        await using var host = OdrCoreTestHost.Start(database.Options);
        var day = new DateOnly(2026, 11, 1);
        var first = Cprs(700, 11);
        var overlapping = first[600..].Concat(Cprs(50, 12)).ToArray();
        bool locked = false, lockedAgain = true;
        int added = 0, addedAgain = 0;

        await InUnitOfWorkAsync(host, async n =>
        {
            locked = await n.LockDateAsync(day, default);
            lockedAgain = await n.LockDateAsync(day, default);
            added = await n.AddPendingAsync(day, first, default);
            addedAgain = await n.AddPendingAsync(day, overlapping, default);
        });

        Assert.Equal((true, false), (locked, lockedAgain));
        Assert.Equal((700, 50), (added, addedAgain));
        Assert.Equal("Locked", await host.WithContextAsync(c => c.Database.SqlQuery<string>($"SELECT status AS \"Value\" FROM notificationdate WHERE date = {day}").SingleAsync()));
    }

    [Fact]
    public async Task A_date_completes_only_when_every_letter_is_sent_and_then_counts_as_newest()
    {
        await using var host = OdrCoreTestHost.Start(database.Options);
        var day = new DateOnly(2026, 10, 1);
        var cprs = Cprs(5, 13);
        DateOnly? newestBefore = null;
        await InUnitOfWorkAsync(host, async n =>
        {
            newestBefore = await n.NewestCompletedDateAsync(default);
            await n.LockDateAsync(day, default);
            await n.AddPendingAsync(day, cprs, default);
        });

        // A batch of 3, then the rest: each letter goes InProgress → Sent, one fails.
        var batchSizes = new List<int>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await InUnitOfWorkAsync(host, async n =>
            {
                var batch = await n.FindPendingAsync(day, 3, default);
                batchSizes.Add(batch.Count);
                foreach (var letter in batch)
                {
                    letter.StartSending(decided: false, Guid.NewGuid().ToString());
                    if (letter.Cpr == cprs[4].ToString())
                    {
                        letter.MarkError("Digital Post answered 503");
                    }
                    else
                    {
                        letter.MarkSent(Now);
                    }
                }
            });
        }

        bool completedWithError = true;
        int unsent = 0;
        IReadOnlyDictionary<NotificationPersonStatus, int> counts = null!;
        await InUnitOfWorkAsync(host, async n =>
        {
            unsent = await n.CountUnsentAsync(day, default);
            completedWithError = await n.CompleteDateAsync(day, default);
            counts = await n.CountByStatusAsync(default);
        });

        Assert.Equal([3, 2], batchSizes);
        Assert.Null(newestBefore);
        Assert.Equal(1, unsent);
        Assert.False(completedWithError);
        Assert.Equal((4, 1, 0, 0, 0), (counts[NotificationPersonStatus.Sent], counts[NotificationPersonStatus.Error],
            counts[NotificationPersonStatus.Pending], counts[NotificationPersonStatus.InProgress], counts[NotificationPersonStatus.Completed]));

        // The seed's operator recovery, unquoted, as an operator types it.
        var failed = await host.WithContextAsync(c => c.NotificationPersons.Where(p => p.Status == NotificationPersonStatus.Error).Select(p => p.NotificationPersonPid).SingleAsync());
        var operatorSql = "update notificationperson set status = 'Pending', sentatdatetime = null, errormessage = null where notificationpersonpid = "
            + failed.ToString(System.Globalization.CultureInfo.InvariantCulture) + " and status = 'Error';";
        var reset = await host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync(operatorSql));
        Assert.Equal(1, reset);

        bool completed = false;
        DateOnly? newest = null;
        await InUnitOfWorkAsync(host, async n =>
        {
            var retry = Assert.Single(await n.FindPendingAsync(day, 10, default));
            var earlierMessageId = retry.MessageId;
            retry.StartSending(decided: true, "a-new-id");
            Assert.Equal(earlierMessageId, retry.MessageId);
            retry.MarkSent(Now);
        });
        await InUnitOfWorkAsync(host, async n =>
        {
            completed = await n.CompleteDateAsync(day, default);
            newest = await n.NewestCompletedDateAsync(default);
            counts = await n.CountByStatusAsync(default);
        });

        Assert.True(completed);
        Assert.Equal(day, newest);
        Assert.Equal(5, counts[NotificationPersonStatus.Completed]);
        Assert.Equal(0, counts[NotificationPersonStatus.Sent]);
        Assert.Equal(NotificationDateStatus.Completed, await host.WithContextAsync(c => c.NotificationDates.Where(d => d.Date == day).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task Statuses_are_stored_as_the_seeds_strings()
    {
        await using var host = OdrCoreTestHost.Start(database.Options);
        var day = new DateOnly(2026, 9, 1);
        await InUnitOfWorkAsync(host, async n =>
        {
            await n.LockDateAsync(day, default);
            await n.AddPendingAsync(day, Cprs(1, 14), default);
            var letter = Assert.Single(await n.FindPendingAsync(day, 1, default));
            letter.StartSending(decided: true, "m-1");
        });

        var stored = await host.WithContextAsync(c => c.Database
            .SqlQuery<string>($"SELECT status AS \"Value\" FROM notificationperson WHERE date = {day}").SingleAsync());

        Assert.Equal("InProgress", stored);
    }
}
