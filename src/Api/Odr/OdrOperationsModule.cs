using MediatR;
using Nsp.Api.Odr.Operations;
using Nsp.Api.Shared.Jobs;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Operations;
using Nsp.Api.Shared.Status;
using Nsp.Application.Odr.Operations;
using Nsp.Application.Odr.Operations.DeceasedCleanup;
using Nsp.Application.Odr.Operations.EmigratedCleanup;
using Nsp.Application.Odr.Operations.Notification;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.MinLog.Transfer;
using Nsp.Infrastructure.Odr;
using Nsp.Infrastructure.Odr.Configuration;
using Nsp.Infrastructure.Odr.Persistence;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.Scheduling;
using K = Nsp.Infrastructure.Odr.Configuration.OdrOperationsPropertyKeys;

namespace Nsp.Api.Odr;

/// <summary>ODR operations: the deceased and emigrated cleanups and the notification letters (seed 001, ADR 0034).
/// Each <c>start</c> runs one slice and always answers 200 (errors go to the log and the alarm page). Every URL is an
/// operations URL (ADR 0027).</summary>
public sealed class OdrOperationsModule : IServiceModule
{
    public const string DeceasedStart = "/odr-slettejob/deceased/start";
    public const string EmigratedStart = "/odr-slettejob/emigrated/start";
    public const string NotificationBase = "/odr-send-digitalpost-notifikation";

    /// <summary>Ours: moves ODR's MinLog outbox into MinLog's store (DESIGN 4.4, ADR 0035).</summary>
    public const string MinLogTransferBase = "/minlog-transfer";

    public string Name => "odr-operations";

    public NspService Service => NspService.Odr;

    public IReadOnlyList<string> HandlerNamespaces => ["Nsp.Application.Odr.Operations"];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddServiceStore<OdrDbContext>(context, NspService.Odr);
        services.AddOdrOperations(context.Configuration);

        services.AddMinLogTransfer<OdrDbContext>(context, NspService.Odr, OdrClientSettingsReader.Section(context.Configuration));

        // Cron expressions are ours (the seed triggers by HTTP from cron); none set means HTTP-driven only.
        var properties = OdrClientSettingsReader.Section(context.Configuration);
        services.AddNspScheduler(
        [
            Scheduled(properties, OdrJobNames.DeceasedCleanup, K.DeceasedCron, _ => new DeceasedCleanupCommand()),
            Scheduled(properties, OdrJobNames.EmigratedCleanup, K.EmigratedCron, _ => new EmigratedCleanupCommand()),
            Scheduled(properties, OdrJobNames.Notification, K.NotificationCron, _ => new NotificationCommand()),
            Scheduled(properties, MinLogTransferSettings.JobName, K.MinLogTransferCron, _ => new TransferMinLogCommand(NspService.Odr)),
        ]);
    }

    private static ScheduledJob Scheduled(
        PropertySection properties, string job, string cronProperty, Func<IServiceProvider, IRequest<JobRunResult>> command) =>
        new(job, properties.GetOptionalString(cronProperty), command) { CronProperty = cronProperty, PropertyFile = OdrClientPropertyKeys.OperationsFile };

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var operations = endpoints.MapOperationsPart(Name);
        operations.MapJobTrigger(DeceasedStart, _ => new DeceasedCleanupCommand(), JobTriggerPolicy.AlwaysOk);
        operations.MapJobTrigger(EmigratedStart, _ => new EmigratedCleanupCommand(), JobTriggerPolicy.AlwaysOk);
        operations.MapJobStatusPage("/odr-slettejob/status", sp => sp.DatabaseCheck(NspService.Odr), JobStatusPage.OdrSeparator);
        operations.MapAlarmPage("/odr-slettejob/alarm", sp =>
        [
            OdrOperationsChecks.JobFailed(sp, OdrJobNames.DeceasedCleanup),
            OdrOperationsChecks.JobFailed(sp, OdrJobNames.EmigratedCleanup),
            OdrOperationsChecks.PersonInformation(sp),
        ]);

        operations.MapJobTrigger(NotificationBase + "/start", _ => new NotificationCommand(), JobTriggerPolicy.AlwaysOk);
        operations.MapNotificationStatusPage(NotificationBase + "/status");
        operations.MapAlarmPage(NotificationBase + "/alarm", NotificationIndicators.Alarms);

        operations.MapJobTrigger(MinLogTransferBase, _ => new TransferMinLogCommand(NspService.Odr));
        operations.MapJobStatusPage(MinLogTransferBase + "/status", sp => sp.DatabaseCheck(NspService.Odr));
        operations.MapAlarmPage(MinLogTransferBase + "/alarm", sp =>
        [
            OdrOperationsChecks.JobFailed(sp, MinLogTransferSettings.JobName),
            new MinLogTransferCheck(NspService.Odr, sp.GetRequiredService<IServiceScopeFactory>()),
        ]);
    }
}
