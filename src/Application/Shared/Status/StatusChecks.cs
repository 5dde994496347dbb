namespace Nsp.Application.Shared.Status;

/// <summary>Runs a page's checks together, so the page takes as long as its slowest check, not their sum.</summary>
public static class StatusChecks
{
    public static async Task<IReadOnlyList<StatusCheckResult>> RunAsync(IEnumerable<IStatusCheck> checks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checks);
        return await Task.WhenAll(checks.Select(check => RunOneAsync(check, cancellationToken)));
    }

    public static async Task<StatusCheckResult> RunOneAsync(IStatusCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            return await check.CheckAsync(cancellationToken);
        }
#pragma warning disable CA1031 // A status page must answer even when a check is broken; the failure is the answer.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            return StatusCheckResult.Failing(check.Name, exception.Message);
        }
    }
}
