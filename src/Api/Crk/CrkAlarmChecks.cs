using Nsp.Application.Crk;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Status;

namespace Nsp.Api.Crk;

/// <summary><c>/crk/alarm</c>: one check per configId, failing while its last reload failed (job state ERROR), with a
/// line that names the configId and the reason, until a reload succeeds.</summary>
public static class CrkAlarmChecks
{
    public static IEnumerable<IStatusCheck> For(IServiceProvider services)
    {
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        return services.GetRequiredService<CrkSettings>().ConfigIds.Select(configId => (IStatusCheck)new JobStateCheck(
            configId, NspService.Crk, CrkJobNames.Reload(configId), scopes, status => FailureLine(configId, status.LastError)));
    }

    public static string FailureLine(string configId, string? reason) =>
        $"CRK configId {configId}: the last reload failed and nothing was changed: {reason ?? "unknown reason"}.";
}
