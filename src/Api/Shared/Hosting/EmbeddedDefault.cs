using Nsp.Api.Crk.FirstStart;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.MinLog.FirstStart;
using Nsp.Api.Odr.FirstStart;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Hosting;

/// <summary>The embedded default's first start (<c>nsp.sts.federation=local</c>, DESIGN.md 1): the ordinary
/// configuration and data an operator would enter, so that a first SOAP call works. Nothing else relies on it.</summary>
public static class EmbeddedDefault
{
    /// <summary>Before the property files are read: writes the missing ones. The federation and the environment are
    /// read from what is known this early (appsettings, environment, command line, nsp.properties): nothing is written
    /// for another federation or in production.</summary>
    public static void PrepareConfiguration(IConfiguration configuration)
    {
        var early = new ConfigurationBuilder().AddConfiguration(configuration).AddNspEnvironmentVariables().Build();
        string configDirectory = NspConfiguration.ConfigDirectory(early);
        // nsp.properties is read later with the other files; its two keys decide here already.
        string rootFile = Path.Combine(configDirectory, NspPropertyFilesConfigurationProvider.RootFileName);
        IReadOnlyDictionary<string, string> root = File.Exists(rootFile) ? JavaPropertiesFile.Load(rootFile) : new Dictionary<string, string>();
        string? Early(string key) => early[key] ?? root.GetValueOrDefault(key);

        string? federation = Early("nsp.sts.federation");
        if (!string.IsNullOrWhiteSpace(federation) && !federation.Trim().Equals("local", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // A production start writes nothing of the embedded default; it is refused a moment later, naming what to set.
        if (Early(NspHostOptions.EnvironmentKey)?.Trim().Equals("production", StringComparison.OrdinalIgnoreCase) == true)
        {
            return;
        }

        IdsasFirstStart.WriteConfiguration(configDirectory);
        OdrFirstStart.WriteConfiguration(configDirectory, DateOnly.FromDateTime(DateTime.UtcNow));
        CrkFirstStart.WriteConfiguration(configDirectory, CrkFirstStart.ServedParts(early));
    }

    /// <summary>After migration: the first start's rows (once per data directory).</summary>
    public static async Task SeedAsync(IServiceProvider services, NspHostOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.StsFederation != StsFederation.Local || options.Environment != NspEnvironment.Development)
        {
            return;
        }

        if (options.Serves(NspService.Idsas))
        {
            await IdsasFirstStart.SeedAsync(services, options.SqliteDirectory, cancellationToken);
        }

        if (options.Serves(NspService.MinLog))
        {
            await MinLogFirstStart.SeedAsync(services, options.SqliteDirectory, cancellationToken);
            await MinLogLookupFirstStart.SeedAsync(services, options.SqliteDirectory, cancellationToken);
        }
    }
}
