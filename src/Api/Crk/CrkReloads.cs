using MediatR;
using Nsp.Application.Crk.Reload;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Security;

namespace Nsp.Api.Crk;

/// <summary>Runs one configId's reload in a scope of its own (its own DbContext, its own job identity), so one
/// configId's failure cannot leave changes behind for the next.</summary>
public static partial class CrkReloads
{
    public static async Task<JobRunResult> RunAsync(IServiceScopeFactory scopes, string configId, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var command = new ReloadEndpointCommand(configId);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ISecurityContextAccessor>().Set(SecurityContext.ForJob(command.JobName));
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogReloadFailed(logger, exception, configId);
            return new JobRunResult(command.JobName, JobRunOutcome.Failed, 0, 0, exception.GetBaseException().Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The reload of CRK configId {ConfigId} failed outside its job")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string configId);
}
