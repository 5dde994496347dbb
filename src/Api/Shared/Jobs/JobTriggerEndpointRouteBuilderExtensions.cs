using MediatR;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Security;

namespace Nsp.Api.Shared.Jobs;

/// <summary>Maps an HTTP GET that triggers a job: it sends the same MediatR job command a Quartz trigger sends, under
/// the job's identity, and answers per a <see cref="JobTriggerPolicy"/> (ADR 0009).</summary>
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
            JobRunResult result;
            try
            {
                result = await services.GetRequiredService<IMediator>().Send(command, context.RequestAborted);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
            {
                // Refused before the runner (e.g. validation) or broken outside it: still a plain-text answer.
                LogTriggerFailed(services.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory), exception, command.JobName);
                result = new JobRunResult(command.JobName, JobRunOutcome.Failed, 0, 0, exception.Message);
            }

            await JobTriggerPage.Render(result, policy).WriteAsync(context);
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The HTTP trigger of job {Job} failed")]
    private static partial void LogTriggerFailed(ILogger logger, Exception exception, string job);
}
