using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Persistence;
using Nsp.Application.Shared.Pipeline;
using Nsp.Domain.Shared.Jobs;

namespace Nsp.Application.Shared.Jobs;

/// <summary>Runs a batch job: takes its lease (refusing at once when another trigger holds it), then runs batches,
/// each committed with the job's state and cursor, until nothing is left or the time budget is spent.</summary>
public sealed partial class JobRunner(IServiceProvider services, TimeProvider time, ILogger<JobRunner> logger)
{
    private static readonly string NodeName = Environment.MachineName;

    public async Task<JobRunResult> RunAsync(NspService service, IBatchJob job, JobRunSettings settings, CancellationToken cancellationToken)
    {
        var lease = services.GetRequiredKeyedService<IJobLease>(service);
        var holder = $"{NodeName}/{Guid.NewGuid():N}";
        if (!await lease.TryAcquireAsync(job.Name, holder, settings.LeaseDuration, cancellationToken))
        {
            LogAlreadyRunning(logger, job.Name);
            return new JobRunResult(job.Name, JobRunOutcome.AlreadyRunning, 0, 0);
        }

        try
        {
            return await RunBatchesAsync(service, job, settings, lease, holder, cancellationToken);
        }
        finally
        {
            await lease.ReleaseAsync(job.Name, holder, CancellationToken.None);
        }
    }

    private async Task<JobRunResult> RunBatchesAsync(
        NspService service, IBatchJob job, JobRunSettings settings, IJobLease lease, string holder, CancellationToken cancellationToken)
    {
        var states = services.GetRequiredKeyedService<IJobStateStore>(service);
        var unitOfWork = services.GetRequiredKeyedService<IUnitOfWork>(service);
        var started = time.GetTimestamp();
        var status = await states.LoadAsync(job.Name, cancellationToken);
        status = status with { LastStartedUtc = time.GetUtcNow().UtcDateTime, LastError = null };
        if (job.Vocabulary == JobVocabulary.RunTracking)
        {
            status = status with { State = JobState.Running };
            await states.SaveAsync(status, cancellationToken);
        }

        var processed = 0;
        var batches = 0;
        try
        {
            while (true)
            {
                JobBatchOutcome outcome;
                if (job is IPreparedBatchJob prepared)
                {
                    await prepared.PrepareBatchAsync(status.Cursor, cancellationToken);
                }

                await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
                {
                    outcome = await job.RunBatchAsync(status.Cursor, cancellationToken);
                    processed += outcome.Processed;
                    batches++;
                    status = outcome.Finished
                        ? status with { State = JobState.Finished, Cursor = null, LastFinishedUtc = time.GetUtcNow().UtcDateTime }
                        : status with { State = job.Vocabulary == JobVocabulary.Resumable ? JobState.NotFinished : JobState.Running, Cursor = outcome.NextCursor };
                    await states.SaveAsync(status, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                if (outcome.Finished)
                {
                    return new JobRunResult(job.Name, JobRunOutcome.Finished, processed, batches);
                }

                if (time.GetElapsedTime(started) >= settings.MaxDuration)
                {
                    if (job.Vocabulary == JobVocabulary.RunTracking)
                    {
                        // A tracked run that stops on its budget has finished its run; the next run goes on.
                        status = status with { State = JobState.Finished, LastFinishedUtc = time.GetUtcNow().UtcDateTime };
                        await states.SaveAsync(status, cancellationToken);
                    }

                    return new JobRunResult(job.Name, JobRunOutcome.NotFinished, processed, batches);
                }

                if (!await lease.RenewAsync(job.Name, holder, settings.LeaseDuration, cancellationToken))
                {
                    throw new InvalidOperationException($"The lease of job {job.Name} was lost; stopping so two runs never overlap.");
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogBatchFailed(logger, exception, job.Name);
            var failed = status with
            {
                State = job.Vocabulary == JobVocabulary.RunTracking ? JobState.Error : JobState.NotFinished,
                LastError = exception.Message,
                LastFinishedUtc = time.GetUtcNow().UtcDateTime,
            };
            await SaveFailureAsync(service, failed);
            return new JobRunResult(job.Name, JobRunOutcome.Failed, processed, batches, exception.Message);
        }
    }

    private async Task SaveFailureAsync(NspService service, JobStatus failed)
    {
        // A fresh scope: the failed batch's context may hold rolled-back changes.
        await using var scope = services.CreateAsyncScope();
        var states = scope.ServiceProvider.GetRequiredKeyedService<IJobStateStore>(service);
        await states.SaveAsync(failed, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} is already running elsewhere; this trigger did nothing")]
    private static partial void LogAlreadyRunning(ILogger logger, string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed; its batch was rolled back")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, string job);
}
