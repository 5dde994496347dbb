using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Security;
using Quartz;

namespace Nsp.Infrastructure.Shared.Scheduling;

/// <summary>The one Quartz job class: sends the configured job command in a fresh DI scope under the job's identity.
/// <see cref="DisallowConcurrentExecutionAttribute"/> keeps one node's triggers apart; the lease in
/// <see cref="JobRunner"/> keeps Quartz, HTTP and other nodes apart.</summary>
[DisallowConcurrentExecution]
public sealed partial class ScheduledMediatorJob(
    IServiceScopeFactory scopes, ScheduledJobCatalogue catalogue, ILogger<ScheduledMediatorJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var job = catalogue.Get(context.JobDetail.Key.Name);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ISecurityContextAccessor>().Set(SecurityContext.ForJob(job.Name));
            var command = job.CommandFactory(scope.ServiceProvider);
            var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
            LogRun(logger, job.Name, result.Outcome, result.Processed, result.Batches);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogCancelled(logger, job.Name);
        }
#pragma warning disable CA1031 // A scheduled run's failure belongs in the log (and the job state), not in Quartz's retry loop.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFailed(logger, exception, job.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job}: {Outcome}, {Processed} processed in {Batches} batches")]
    private static partial void LogRun(ILogger logger, string job, JobRunOutcome outcome, int processed, int batches);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job} was cancelled by shutdown")]
    private static partial void LogCancelled(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
