using MediatR;
using Nsp.Api.Shared.Jobs;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Operations;
using Nsp.Api.Shared.Status;
using Nsp.Application.Idsas;
using Nsp.Application.Idsas.DeadLetters;
using Nsp.Application.Idsas.Operations;
using Nsp.Application.Idsas.Operations.CleanupBlurrings;
using Nsp.Application.Idsas.Operations.CleanupBlurringsDeceased;
using Nsp.Application.Idsas.Operations.KafkaConsume;
using Nsp.Application.Idsas.Operations.RenewSalt;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Status;
using Nsp.Infrastructure.Idsas;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.Scheduling;

namespace Nsp.Api.Idsas;

/// <summary>IDSAS operations: salt renewal, cleanup jobs and the queue consumer (seed 000). Each job is triggered by
/// GET <c>/idsas-operations/&lt;job&gt;</c> and has <c>/status</c> (its database) and <c>/alarm</c> (its last run's
/// error; the consumer also its dead letters). All of them are operations URLs (ADR 0027).</summary>
public sealed class IdsasOperationsModule : IServiceModule
{
    public const string CleanupStatusName = "Blurring Cleanup Job Status";
    public const string DeceasedStatusName = "Blurring Cleanup Deceased Job Status";
    public const string KafkaStatusName = "Kafka Consumer Job Status";

    private const string PropertyFile = "idsas-operations";

    public string Name => "idsas-operations";

    public NspService Service => NspService.Idsas;

    public IReadOnlyList<string> HandlerNamespaces => ["Nsp.Application.Idsas.Operations"];

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddServiceStore<IdsasDbContext>(context, NspService.Idsas);
        services.AddIdsasOperations(context.Configuration);

        // Cron expressions are ours (the seed triggers by HTTP from cron); none set means HTTP-driven only.
        var properties = context.Properties(PropertyFile);
        services.AddNspScheduler(
        [
            Scheduled(properties, IdsasJobNames.RenewSalt, "idsas.renew.salt.cron", _ => new RenewSaltCommand()),
            Scheduled(properties, IdsasJobNames.CleanupBlurrings, "idsas.cleanup.cron", _ => new CleanupBlurringsCommand()),
            Scheduled(properties, IdsasJobNames.CleanupBlurringsDeceased, "idsas.cleanup.deceased.cron", _ => new CleanupBlurringsDeceasedCommand()),
            Scheduled(properties, IdsasJobNames.KafkaConsume, "idsas.kafka.consume.cron", _ => new KafkaConsumeCommand()),
        ]);
    }

    private static ScheduledJob Scheduled(
        PropertySection properties, string job, string cronProperty, Func<IServiceProvider, IRequest<JobRunResult>> command) =>
        new(job, properties.GetOptionalString(cronProperty), command) { CronProperty = cronProperty, PropertyFile = PropertyFile + ".properties" };

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var operations = endpoints.MapOperationsPart(Name);
        operations.MapServiceStatusPage(
            "/status",
            sp => [sp.DatabaseCheck(NspService.Idsas), IdsasStatusChecks.PersonInformation(sp, IdsasParts.OperationsPersonInformation)],
            informational: sp =>
            [
                JobState(sp, CleanupStatusName, IdsasJobNames.CleanupBlurrings),
                JobState(sp, DeceasedStatusName, IdsasJobNames.CleanupBlurringsDeceased),
                JobState(sp, KafkaStatusName, IdsasJobNames.KafkaConsume),
            ]);
        operations.MapVersionPage("/version");
        MapJob(operations, IdsasJobNames.RenewSalt, _ => new RenewSaltCommand());
        MapJob(operations, IdsasJobNames.CleanupBlurrings, _ => new CleanupBlurringsCommand());
        MapJob(operations, IdsasJobNames.CleanupBlurringsDeceased, _ => new CleanupBlurringsDeceasedCommand());
        MapJob(operations, IdsasJobNames.KafkaConsume, _ => new KafkaConsumeCommand(), sp => [sp.GetRequiredService<DeadLetterAlarmCheck>()]);
    }

    private static void MapJob<TCommand>(
        IEndpointRouteBuilder endpoints,
        string job,
        Func<IServiceProvider, TCommand> command,
        Func<IServiceProvider, IEnumerable<IStatusCheck>>? moreAlarms = null)
        where TCommand : IJobCommand
    {
        endpoints.MapJobTrigger("/" + job, command);
        endpoints.MapJobStatusPage("/" + job + "/status", sp => sp.DatabaseCheck(NspService.Idsas));
        endpoints.MapAlarmPage("/" + job + "/alarm", sp => [JobState(sp, job, job), .. moreAlarms?.Invoke(sp) ?? []]);
    }

    private static JobStateCheck JobState(IServiceProvider services, string name, string job) =>
        new(name, NspService.Idsas, job, services.GetRequiredService<IServiceScopeFactory>());
}
