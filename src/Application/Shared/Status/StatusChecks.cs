using Microsoft.Extensions.Logging;

namespace Nsp.Application.Shared.Status;

/// <summary>Runs a page's checks together, so the page takes as long as its slowest check, not their sum.</summary>
public static partial class StatusChecks
{
    /// <summary>The detail of a check that threw: the exception (which may name hosts, files or SQL) goes to the
    /// log, never to a page.</summary>
    public const string BrokenCheckDetail = "could not be checked; see the log";

    public static async Task<IReadOnlyList<StatusCheckResult>> RunAsync(IEnumerable<IStatusCheck> checks, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return await Task.WhenAll(checks.Select(check => RunOneAsync(check, logger, cancellationToken)));
    }

    public static async Task<StatusCheckResult> RunOneAsync(IStatusCheck check, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(logger);
        try
        {
            return await check.CheckAsync(cancellationToken);
        }
#pragma warning disable CA1031 // A status page must answer even when a check is broken; the failure is the answer.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogCheckBroken(logger, exception, check.Name);
            return StatusCheckResult.Failing(check.Name, BrokenCheckDetail);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Status check {Check} failed")]
    private static partial void LogCheckBroken(ILogger logger, Exception exception, string check);
}
