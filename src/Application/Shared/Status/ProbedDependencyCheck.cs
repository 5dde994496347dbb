namespace Nsp.Application.Shared.Status;

/// <summary>A dependency that nothing else calls (SORES for IDSAS lookup): the page probes it first, so the probe's
/// outcome is in the error window, then reports the window as <see cref="DependencyWindowCheck"/> does.</summary>
public sealed class ProbedDependencyCheck(Func<CancellationToken, Task> probe, DependencyWindowCheck window) : IStatusCheck
{
    public string Name => window.Name;

    public async Task<StatusCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        await probe(cancellationToken);
        return await window.CheckAsync(cancellationToken);
    }
}
