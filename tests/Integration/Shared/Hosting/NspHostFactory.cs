using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Nsp.Tests.Integration.Shared.Logging;

namespace Nsp.Tests.Integration.Shared.Hosting;

/// <summary>The real API host on its embedded default, with its data, logs and configuration (property files as an
/// operator would write them) in a temporary directory of its own and any <c>nsp.*</c> settings the test names.</summary>
public sealed class NspHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    /// <param name="settings">Host settings (<c>nsp.*</c>) on top of the temporary directories.</param>
    /// <param name="writeIdsasProperties">False leaves the configuration directory empty, as on a fresh machine.</param>
    public NspHostFactory(IDictionary<string, string?>? settings = null, bool writeIdsasProperties = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "nsp-host-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (writeIdsasProperties)
        {
            IdsasTestProperties.WriteDefaults(ConfigDirectory);
        }

        _settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["nsp.db.sqlite.directory"] = Path.Combine(Root, "data"),
            ["nsp.log.directory"] = Path.Combine(Root, "logs"),
            ["nsp.config.dir"] = ConfigDirectory,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Root { get; }

    /// <summary>Everything the host logs through ILogger (its general application log).</summary>
    public CapturingLoggerProvider Log { get; } = new();

    /// <summary>The host's property files (<c>nsp.config.dir</c>); starts with <see cref="IdsasTestProperties"/>'
    /// defaults, which a test may rewrite before the host starts.</summary>
    public string ConfigDirectory => Path.Combine(Root, "config");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(Log.AddTo);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Root))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Root, recursive: true);
        }
    }
}
