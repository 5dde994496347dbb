using System.Globalization;
using System.Reflection;

namespace Nsp.Api.Shared.Hosting;

/// <summary>What was deployed and when: shown by the version and status pages.</summary>
public sealed record BuildInfo(string Version, string BuildDate, string Builder, DateTimeOffset DeployedAt)
{
    public static BuildInfo FromAssembly(Assembly assembly, DateTimeOffset deployedAt)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        var metadata = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        return new BuildInfo(
            version,
            metadata.GetValueOrDefault("BuildDate") ?? "unknown",
            metadata.GetValueOrDefault("Builder") ?? "unknown",
            deployedAt);
    }

    public string DeployedText => DeployedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
