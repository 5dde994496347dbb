using Nsp.Application.Odr;
using Nsp.Application.Odr.Notifications;
using Nsp.Application.Odr.Operations;
using Nsp.Application.Odr.Operations.Notification;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.Status;
using Nsp.Api.Shared.Modules;
using Nsp.Domain.Odr.Notifications;

namespace Nsp.Api.Odr.Operations;

/// <summary>The notification job's health indicators (seed 001, DESIGN 5.2's table), as alarm-page checks in the
/// table's order. The database-backed ones read through a scope of their own.</summary>
public static class NotificationIndicators
{
    public static IEnumerable<IStatusCheck> Alarms(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        var settings = services.GetRequiredService<NotificationSettings>();
        var time = services.GetRequiredService<TimeProvider>();
        var database = services.DatabaseCheck(NspService.Odr);
        yield return new OdrStatusCheck("DBHealthIndicator", async ct =>
        {
            var result = await database.CheckAsync(ct);
            return result.Healthy ? result : StatusCheckResult.Failing(result.Name, OdrOperationsTexts.NoDatabase(OdrOperationsTexts.DatasourceName));
        });
        yield return OdrOperationsChecks.JobFailed(services, OdrJobNames.Notification);
        yield return new OdrStatusCheck("NewestNotificationHealthIndicator", ct => WithScopeAsync(scopes, async sp =>
        {
            var (newest, days, stale) = await StalenessAsync(sp, settings, time, ct);
            return stale && newest is { } date
                ? StatusCheckResult.Failing("NewestNotificationHealthIndicator", OdrOperationsTexts.DateNotCompleted(date, days))
                : StatusCheckResult.Ok("NewestNotificationHealthIndicator");
        }));
        yield return new OdrStatusCheck("StatusNotificationHealthIndicator", ct => WithScopeAsync(scopes, async sp =>
        {
            var (_, _, stale) = await StalenessAsync(sp, settings, time, ct);
            if (!stale)
            {
                return StatusCheckResult.Ok("StatusNotificationHealthIndicator");
            }

            var lines = (await sp.GetRequiredService<IOdrNotificationQueries>().UnfinishedCountsAsync(ct))
                .Select(c => OdrOperationsTexts.Lingering(c.Count, c.Date, c.Status.ToString()))
                .ToList();
            return lines.Count == 0
                ? StatusCheckResult.Ok("StatusNotificationHealthIndicator")
                : StatusCheckResult.Failing("StatusNotificationHealthIndicator", string.Join('\n', lines));
        }));
        yield return new OdrStatusCheck("ErrorNotificationHealthIndicator", ct => WithScopeAsync(scopes, async sp =>
        {
            var errors = (await sp.GetRequiredService<INotificationRepository>().CountByStatusAsync(ct))[NotificationPersonStatus.Error];
            return errors == 0
                ? StatusCheckResult.Ok("ErrorNotificationHealthIndicator")
                : StatusCheckResult.Failing("ErrorNotificationHealthIndicator", OdrOperationsTexts.TotalErrors(errors));
        }));
        yield return OdrOperationsChecks.PersonInformation(services);
        yield return new DependencyWindowCheck(
            "DigitalPostHealthIndicator",
            services.GetRequiredKeyedService<DependencyErrorWindow>(OdrServiceKeys.DigitalPost),
            OdrOperationsTexts.DigitalPostFailing);
    }

    /// <summary>The newest Completed date, the alarm period in days, and whether that date is older than the period
    /// allows. Before any date is completed nothing is stale: the Error indicator covers a first date that fails.</summary>
    private static async Task<(DateOnly? Newest, int Days, bool Stale)> StalenessAsync(
        IServiceProvider services, NotificationSettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var today = OdrToday.From(time);
        var limit = settings.AlarmPeriod.SubtractFrom(today);
        var newest = await services.GetRequiredService<INotificationRepository>().NewestCompletedDateAsync(cancellationToken);
        return (newest, today.DayNumber - limit.DayNumber, newest is { } date && date < limit);
    }

    private static async Task<StatusCheckResult> WithScopeAsync(IServiceScopeFactory scopes, Func<IServiceProvider, Task<StatusCheckResult>> check)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await check(scope.ServiceProvider);
    }
}
