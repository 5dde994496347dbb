using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Crk.Reload;

/// <summary>Reloads one configId's source (<c>GET /crk/reload/&lt;configId&gt;</c>, Quartz, the start-up reload),
/// under its own lease.</summary>
public sealed record ReloadEndpointCommand(string ConfigId) : IJobCommand, ICrkRequest
{
    public string JobName => CrkJobNames.Reload(ConfigId);
}
