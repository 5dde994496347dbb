using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Hosting;

/// <summary>Configuration sources in precedence order: appsettings.json &lt; the operator's property files
/// (<c>NSP_CONFIG_DIR</c>) &lt; environment variables &lt; command-line arguments.</summary>
public static class NspConfiguration
{
    public static IConfigurationManager AddNspSources(this IConfigurationManager configuration, string[] args)
    {
        configuration.AddNspPropertyFiles();
        // Re-added after the property files so that they still win over them, as the host's defaults intend.
        configuration.AddEnvironmentVariables();
        configuration.AddNspEnvironmentVariables();
        configuration.AddCommandLine(args);
        return configuration;
    }
}
