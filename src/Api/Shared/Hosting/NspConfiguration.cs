using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Hosting;

/// <summary>Configuration sources in precedence order: appsettings.json &lt; the operator's property files
/// (<c>NSP_CONFIG_DIR</c>) &lt; environment variables &lt; command-line arguments.</summary>
public static class NspConfiguration
{
    public static IConfigurationManager AddNspSources(this IConfigurationManager configuration, string[] args)
    {
        configuration.AddNspPropertyFiles(ConfigDirectory(configuration));
        // Re-added after the property files so that they still win over them, as the host's defaults intend.
        configuration.AddEnvironmentVariables();
        configuration.AddNspEnvironmentVariables();
        configuration.AddCommandLine(args);
        return configuration;
    }

    /// <summary>Where the property files are: <c>nsp.config.dir</c> when the host was given it (command line, a
    /// test host's settings), otherwise <c>NSP_CONFIG_DIR</c>, default <c>./config</c>.</summary>
    public static string ConfigDirectory(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string? given = configuration[NspConfigDirectory.ConfigurationKey];
        return string.IsNullOrWhiteSpace(given) ? NspConfigDirectory.Resolve() : given;
    }
}
