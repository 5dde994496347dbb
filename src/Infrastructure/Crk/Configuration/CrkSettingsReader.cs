using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Nsp.Application.Crk;
using Nsp.Infrastructure.Crk.Sources;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Infrastructure.Crk.Configuration;

/// <summary>Reads <c>crk.properties</c>. A configId names a job, a lease and a URL (<c>/crk/reload/&lt;configId&gt;</c>),
/// so it is letters, digits, <c>.</c>, <c>_</c> and <c>-</c>, at most 80 characters; a bad one stops start-up.</summary>
public static partial class CrkSettingsReader
{
    public const int ConfigIdMaxLength = 80;

    public static PropertySection Section(IConfiguration configuration) => new(configuration, CrkPropertyKeys.File);

    public static CrkSettings Settings(IConfiguration configuration) =>
        new(Sources(configuration), Section(configuration).GetDuration(CrkPropertyKeys.ReloadMaxDuration, TimeSpan.FromMinutes(1)));

    /// <summary>The raw <c>crk.source.&lt;configId&gt;</c> values by configId.</summary>
    public static IReadOnlyDictionary<string, string> Sources(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = Section(configuration);
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var child in configuration.GetSection(CrkPropertyKeys.File).GetChildren())
        {
            if (!child.Key.StartsWith(CrkPropertyKeys.SourcePrefix, StringComparison.Ordinal) || CrkPropertyKeys.SourceSettings.Contains(child.Key))
            {
                continue;
            }

            var configId = child.Key[CrkPropertyKeys.SourcePrefix.Length..];
            if (!ConfigIdPattern().IsMatch(configId))
            {
                throw section.InvalidProperty(child.Key, child.Value ?? string.Empty, $"a configId of letters, digits, '.', '_' and '-' (at most {ConfigIdMaxLength}) after {CrkPropertyKeys.SourcePrefix}");
            }

            if (string.IsNullOrWhiteSpace(child.Value))
            {
                throw section.MissingProperty(child.Key);
            }

            sources[configId] = child.Value.Trim();
        }

        return sources;
    }

    /// <summary>The parsed sources; a malformed URL stops start-up naming its key.</summary>
    public static IReadOnlyDictionary<string, CrkSourceLocation> Locations(IConfiguration configuration)
    {
        var section = Section(configuration);
        var configDirectory = configuration[NspConfigDirectory.ConfigurationKey] ?? NspConfigDirectory.Resolve();
        var locations = new Dictionary<string, CrkSourceLocation>(StringComparer.Ordinal);
        foreach (var (configId, value) in Sources(configuration))
        {
            try
            {
                locations[configId] = CrkSourceLocation.Parse(value, configDirectory);
            }
            catch (ArgumentException e)
            {
                throw section.InvalidProperty(CrkPropertyKeys.SourcePrefix + configId, value, "an http(s) URL, a file path, a file: URI or local:/<path> (" + e.Message + ")");
            }
        }

        return locations;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$", RegexOptions.CultureInvariant)]
    private static partial Regex ConfigIdPattern();
}
