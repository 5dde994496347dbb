using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Odr.FirstStart;
using Nsp.Application.Idsas.Configuration;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Benchmarks.Hosting;

/// <summary>
/// The real API host (<c>Program</c>) on its embedded default (SQLite, local STS federation, every part served),
/// with its data, logs and property files in a temporary directory of its own that is deleted on dispose. The
/// property files are the first start's own, written before the host starts, with lookup's strategy and the sample
/// PersonInformation file adjusted by <see cref="EmbeddedApiHostSettings"/>.
/// </summary>
public sealed class EmbeddedApiHost : WebApplicationFactory<Program>
{
    private readonly EmbeddedApiHostSettings _settings;

    public EmbeddedApiHost(EmbeddedApiHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        Root = Path.Combine(Path.GetTempPath(), "nsp-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(ConfigDirectory);
        WritePersons();
        IdsasFirstStart.WriteConfiguration(ConfigDirectory);
        SetLookupStrategy(settings.LookupStrategy);
        if (ServesOdr)
        {
            WriteOdrPersons();
            OdrFirstStart.WriteConfiguration(ConfigDirectory, DateOnly.FromDateTime(DateTime.UtcNow));
        }

        if (settings.Kestrel)
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }
    }

    public string Root { get; }

    private bool ServesOdr =>
        _settings.Services?.Split(',', StringSplitOptions.TrimEntries).Contains("odr", StringComparer.OrdinalIgnoreCase) == true;

    public string ConfigDirectory => Path.Combine(Root, "config");

    public string DataDirectory => Path.Combine(Root, "data");

    public string LogDirectory => Path.Combine(Root, "logs");

    /// <summary>What <see cref="IdsasSampleRequest"/> needs to sign cards with this host's local STS.</summary>
    public NspHostOptions HostOptions => new() { SqliteDirectory = DataDirectory };

    /// <summary>Starts Kestrel (see <see cref="EmbeddedApiHostSettings.Kestrel"/>) and returns its loopback address.</summary>
    public Uri StartKestrel()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The API has no content files; the factory's own guess (a solution-relative "Nsp.Api" folder) does not exist.
        builder.UseContentRoot(Root);
        builder.UseSetting("nsp.db.sqlite.directory", DataDirectory);
        builder.UseSetting("nsp.log.directory", LogDirectory);
        builder.UseSetting("nsp.config.dir", ConfigDirectory);
        builder.UseSetting("Logging:LogLevel:Default", _settings.LogLevel.ToString());
        if (_settings.Services is { } services)
        {
            builder.UseSetting("nsp.services", services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Root))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Root, recursive: true);
        }
    }

    private void WritePersons()
    {
        // The first start writes this file only when it is absent, with the one sample citizen.
        var persons = new StringBuilder("[");
        foreach (string cpr in _settings.KnownCitizens.Append(LocalSampleSystem.PatientCpr).Distinct(StringComparer.Ordinal))
        {
            persons.Append(persons.Length > 1 ? "," : string.Empty)
                .Append("{\"cpr\":\"").Append(cpr).Append("\",\"status\":\"01\",\"statusStartDate\":\"1970-01-01\"}");
        }

        File.WriteAllText(Path.Combine(ConfigDirectory, IdsasFirstStart.PersonsFileName), persons.Append("]\n").ToString());
    }

    private void WriteOdrPersons()
    {
        // ODR's first start writes its persons file only when it is absent, with its four sample persons; these are
        // the same four (the dead and emigrated ones included) and the benchmark's citizens.
        var persons = new StringBuilder("[");
        persons.Append("{\"cpr\":\"").Append(LocalSampleSystem.PatientCpr).Append("\",\"status\":\"01\",\"statusStartDate\":\"1970-01-01\"}")
            .Append(",{\"cpr\":\"").Append(OdrFirstStart.UnderFifteenCpr).Append("\",\"status\":\"01\",\"statusStartDate\":\"2020-01-01\"}")
            .Append(",{\"cpr\":\"").Append(OdrFirstStart.DeadCpr).Append("\",\"status\":\"90\",\"statusStartDate\":\"2024-01-01\"}")
            .Append(",{\"cpr\":\"").Append(OdrFirstStart.EmigratedCpr).Append("\",\"status\":\"80\",\"statusStartDate\":\"2024-01-01\"}");
        string[] samples = [LocalSampleSystem.PatientCpr, OdrFirstStart.UnderFifteenCpr, OdrFirstStart.DeadCpr, OdrFirstStart.EmigratedCpr];
        foreach (string cpr in _settings.OdrKnownCitizens.Except(samples, StringComparer.Ordinal))
        {
            persons.Append(",{\"cpr\":\"").Append(cpr).Append("\",\"status\":\"01\",\"statusStartDate\":\"1970-01-01\"}");
        }

        File.WriteAllText(Path.Combine(ConfigDirectory, OdrFirstStart.PersonsFileName), persons.Append("]\n").ToString());
    }

    private void SetLookupStrategy(LookupStrategy strategy)
    {
        string file = Path.Combine(ConfigDirectory, "idsas-lookup.properties");
        string text = File.ReadAllText(file).Replace(
            "idsas.lookup.strategy=CPR", "idsas.lookup.strategy=" + strategy.ToString().ToUpperInvariant(), StringComparison.Ordinal);
        File.WriteAllText(file, text);
    }
}
