namespace Nsp.Application.Shared.NationalServices.Sores;

/// <summary>Asks SORES whether it is well, for a status page. Each probe's outcome counts in SORES's error window
/// (<c>soresclient.error.tolerance</c> within <c>soresclient.errorcount.duration</c>); a probe never throws for
/// SORES's own failures.</summary>
public interface ISoresStatusProbe
{
    /// <returns>True when SORES answered well; false when the failure was counted.</returns>
    Task<bool> ProbeAsync(CancellationToken cancellationToken);
}
