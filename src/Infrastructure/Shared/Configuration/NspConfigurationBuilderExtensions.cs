using Microsoft.Extensions.Configuration;

namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>
/// Adds the operators' property files and the <c>NSP_*</c> variables. Sources added later win, so the host adds, in
/// this order: appsettings.json, <c>AddNspPropertyFiles</c>, AddEnvironmentVariables(),
/// <see cref="AddNspEnvironmentVariables"/> (docs/adr/0006).
/// </summary>
public static class NspConfigurationBuilderExtensions
{
    /// <summary>Every <c>*.properties</c> file in <paramref name="directory"/> as a section named by the file
    /// (<c>nsp.properties</c> to the root). A missing directory adds no keys.</summary>
    public static IConfigurationBuilder AddNspPropertyFiles(this IConfigurationBuilder builder, string directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new NspPropertyFilesConfigurationSource(directory));
    }

    /// <summary>The files in <c>NSP_CONFIG_DIR</c> (default <c>./config</c>).</summary>
    public static IConfigurationBuilder AddNspPropertyFiles(this IConfigurationBuilder builder) =>
        builder.AddNspPropertyFiles(NspConfigDirectory.Resolve());

    /// <summary><c>NSP_DB_PROVIDER</c> → <c>nsp.db.provider</c>, and so on for every <c>NSP_*</c> variable.</summary>
    public static IConfigurationBuilder AddNspEnvironmentVariables(this IConfigurationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new NspEnvironmentVariablesConfigurationSource());
    }
}
