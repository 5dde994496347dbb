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
    /// <summary>Before the property files are read: writes the missing ones. The federation is read from what is
    /// known this early (appsettings, environment, command line), default local.</summary>
    public static void PrepareConfiguration(IConfiguration configuration)
    {
        var early = new ConfigurationBuilder().AddConfiguration(configuration).AddNspEnvironmentVariables().Build();
        string? federation = early["nsp.sts.federation"];
        if (!string.IsNullOrWhiteSpace(federation) && !federation.Trim().Equals("local", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        string configDirectory = NspConfiguration.ConfigDirectory(early);
        IdsasFirstStart.WriteConfiguration(configDirectory);
        OdrFirstStart.WriteConfiguration(configDirectory, DateOnly.FromDateTime(DateTime.UtcNow));
    }

    /// <summary>After migration: the first start's rows (once per data directory).</summary>
    public static async Task SeedAsync(IServiceProvider services, NspHostOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.StsFederation != StsFederation.Local)
        {
            return;
        }

        if (options.Serves(NspService.Idsas))
        {
            await IdsasFirstStart.SeedAsync(services, options.SqliteDirectory, cancellationToken);
        }

        if (options.Serves(NspService.MinLog))
        {
            await MinLogLookupFirstStart.SeedAsync(services, options.SqliteDirectory, cancellationToken);
        }
    }
}
