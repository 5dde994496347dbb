using System.Globalization;
using MediatR;
using Nsp.Api.Shared.Operations;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Security;

namespace Nsp.Api.Shared.Jobs;

/// <summary>Maps an HTTP GET that triggers a job: it sends the same MediatR job command a Quartz trigger sends, under
/// the job's identity, and answers per a <see cref="JobTriggerPolicy"/> (ADR 0009). Every trigger is an operations
/// URL (ADR 0027): only callers in <c>nsp.operations.allowed.clients</c> may call it, and each call is audited with
/// the caller's address, the job and its outcome.</summary>
public static partial class JobTriggerEndpointRouteBuilderExtensions
{
    private const string LogCategory = "Nsp.Api.Shared.Jobs.JobTrigger";

    public static IEndpointConventionBuilder MapJobTrigger<TCommand>(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<IServiceProvider, TCommand> commandFactory,
        JobTriggerPolicy policy = JobTriggerPolicy.ByOutcome)
        where TCommand : IJobCommand
    {
        ArgumentNullException.ThrowIfNull(commandFactory);
        return endpoints.MapGet(pattern, async (HttpContext context) =>
        {
            var services = context.RequestServices;
            var command = commandFactory(services);
            services.GetRequiredService<ISecurityContextAccessor>().Set(SecurityContext.ForJob(command.JobName));
            var audit = OperationsAccess.AuditEntry(context)?.Set(OperationsAccess.JobKey, AuditInformationType.NPI, command.JobName);
            JobRunResult result;
            try
            {
                result = await services.GetRequiredService<IMediator>().Send(command, context.RequestAborted);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
            {
                // Refused before the runner (e.g. validation) or broken outside it: still a plain-text answer, and
                // kept in the job's state so its alarm page shows it.
                var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory);
                LogTriggerFailed(logger, exception, command.JobName);
                var error = exception.GetBaseException().Message;
                await RecordAsync(services, command, error, logger);
                result = new JobRunResult(command.JobName, JobRunOutcome.Failed, 0, 0, error);
            }

            audit?.Set(OperationsAccess.OutcomeKey, AuditInformationType.NPI, JobTriggerPage.OutcomeText(result.Outcome))
                .Set(OperationsAccess.ProcessedKey, AuditInformationType.NPI, result.Processed.ToString(CultureInfo.InvariantCulture))
                .Set(OperationsAccess.BatchesKey, AuditInformationType.NPI, result.Batches.ToString(CultureInfo.InvariantCulture));
            await JobTriggerPage.Render(result, policy).WriteAsync(context);
        }).OperationsOnly(auditEveryCall: true);
    }

    private static async Task RecordAsync(IServiceProvider services, IJobCommand command, string error, ILogger logger)
    {
        try
        {
            await services.GetRequiredService<JobFailureRecorder>().RecordAsync(command.Service, command.JobName, error, CancellationToken.None);
        }
#pragma warning disable CA1031 // The trigger answers whatever happens; a database that is down shows on the status page.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogRecordFailed(logger, exception, command.JobName);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The failure of job {Job} could not be kept in its state")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(Level = LogLevel.Error, Message = "The HTTP trigger of job {Job} failed")]
    private static partial void LogTriggerFailed(ILogger logger, Exception exception, string job);
}
