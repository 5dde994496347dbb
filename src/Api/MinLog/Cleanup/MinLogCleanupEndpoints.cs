using Nsp.Api.Shared.Jobs;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Status;
using Nsp.Application.MinLog.Cleanup;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Status;
using Nsp.Infrastructure.MinLog.Cleanup;
using Nsp.Infrastructure.MinLog.Lookup;
using Nsp.Infrastructure.Shared.Scheduling;

namespace Nsp.Api.MinLog.Cleanup;

/// <summary>The cleanup job's URLs (ADR 0038): <c>GET /minlog/cleanup</c> (operations only, ADR 0027), the Quartz
/// trigger <c>minlog.cleanup.cron</c>, and <c>/minlog/alarm</c> (empty 200, or 500 naming the last run's error).
/// <c>/minlog/status</c> stays the part's database page (200 <c>Database: OK</c> / 500 <c>Database: Unavailable</c>).</summary>
public static class MinLogCleanupEndpoints
{
    public const string TriggerPath = "/minlog/cleanup";
    public const string AlarmPath = "/minlog/alarm";
    public const string JobStatusName = "MinLog Cleanup Job Status";

    public static IServiceCollection AddMinLogCleanupPart(this IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddMinLogCleanup(context.Configuration);
        var properties = context.Properties(MinLogLookupServiceCollectionExtensions.PropertyFile);
        services.AddNspScheduler(
        [
            new ScheduledJob(MinLogCleanupSettings.JobName, MinLogCleanupSettingsReader.Cron(properties), _ => new CleanupMinLogCommand())
            {
                CronProperty = MinLogCleanupSettingsReader.CronKey,
                PropertyFile = MinLogLookupServiceCollectionExtensions.PropertyFile + ".properties",
            },
        ]);
        return services;
    }

    public static IEndpointRouteBuilder MapMinLogCleanup(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapJobTrigger(TriggerPath, _ => new CleanupMinLogCommand());
        endpoints.MapAlarmPage(AlarmPath, sp => [JobState(sp)]);
        return endpoints;
    }

    private static JobStateCheck JobState(IServiceProvider services) =>
        new(JobStatusName, NspService.MinLog, MinLogCleanupSettings.JobName, services.GetRequiredService<IServiceScopeFactory>(),
            status => $"The MinLog cleanup job ({MinLogCleanupSettings.JobName}) failed on its last run: {status.LastError}");
}
