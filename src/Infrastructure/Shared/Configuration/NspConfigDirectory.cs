namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>Where operators put their property files: <c>NSP_CONFIG_DIR</c>, default <c>./config</c>.</summary>
public static class NspConfigDirectory
{
    public const string EnvironmentVariable = "NSP_CONFIG_DIR";

    public const string Default = "./config";

    /// <summary>The configuration key the property-file provider sets to the directory it read, so error messages
    /// can name it. NSP_CONFIG_DIR maps to the same key through <see cref="NspEnvironmentVariablesConfigurationSource"/>.</summary>
    public const string ConfigurationKey = "nsp.config.dir";

    public static string Resolve()
    {
        string? configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(configured) ? Default : configured;
    }
}
