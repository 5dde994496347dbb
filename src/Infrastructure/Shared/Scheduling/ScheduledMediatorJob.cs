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
        IRequest<Nsp.Application.Shared.Jobs.JobRunResult>? command = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ISecurityContextAccessor>().Set(SecurityContext.ForJob(job.Name));
            command = job.CommandFactory(scope.ServiceProvider);
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
            if (command is IJobCommand jobCommand)
            {
                await RecordAsync(jobCommand, exception.GetBaseException().Message);
            }
        }
    }

    /// <summary>A failure outside the runner (the job could not be built) is kept in the job's state for its alarm.</summary>
    private async Task RecordAsync(IJobCommand command, string error)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobFailureRecorder>()
                .RecordAsync(command.Service, command.JobName, error, CancellationToken.None);
        }
#pragma warning disable CA1031 // A database that is down shows on the status page; the scheduler must go on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogRecordFailed(logger, exception, command.JobName);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The failure of scheduled job {Job} could not be kept in its state")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job}: {Outcome}, {Processed} processed in {Batches} batches")]
    private static partial void LogRun(ILogger logger, string job, JobRunOutcome outcome, int processed, int batches);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled job {Job} was cancelled by shutdown")]
    private static partial void LogCancelled(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
