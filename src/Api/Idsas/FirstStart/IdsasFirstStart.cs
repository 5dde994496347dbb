using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Nsp.Domain.Idsas.Salts;
using Nsp.Domain.Idsas.Whitelisting;
using Nsp.Infrastructure.Idsas.Persistence;

namespace Nsp.Api.Idsas.FirstStart;

/// <summary>
/// What an operator would enter before IDSAS's first call on the embedded default (<c>nsp.sts.federation=local</c>):
/// the four parts' property files and the patient-id salt file (each only when absent, never overwritten), a
/// PersonInformation sample file, a SORES registry file for lookup's status page, and in the database a BLURRING
/// whitelist row for <see cref="LocalSampleSystem"/> and a first salt. The database part runs once per data directory (a marker file).
/// </summary>
public static class IdsasFirstStart
{
    public const string MarkerFileName = "idsas-first-start.done";
    public const string PersonsFileName = "idsas-sample-persons.json";
    public const string SoresFileName = "idsas-sample-sores.json";
    public const string DefaultDccEndpoint = "http://localhost:5000";

    /// <summary>Writes the property files that are missing in <paramref name="configDirectory"/>; returns their names.</summary>
    public static IReadOnlyList<string> WriteConfiguration(string configDirectory)
    {
        Directory.CreateDirectory(configDirectory);
        string persons = Path.GetFullPath(Path.Combine(configDirectory, PersonsFileName));
        var written = new List<string>();
        WriteIfAbsent(persons, $$"""
            [{"cpr":"{{LocalSampleSystem.PatientCpr}}","status":"01","statusStartDate":"1970-01-01"}]
            """, written);
        string sores = Path.GetFullPath(Path.Combine(configDirectory, SoresFileName));
        WriteIfAbsent(sores, """{"sorEntities":[]}""" + "\n", written);
        string allowed = "idsas.allowed.client.system.name=" + LocalSampleSystem.ItSystemName + "\n";
        string dcc = "dcc.endpoint=" + DefaultDccEndpoint + "\n";
        string personInformation = "personinformation.mode=file\npersoninformation.file=" + Escape(persons) + "\n";
        WriteIfAbsent(Path.Combine(configDirectory, "idsas-registration.properties"), Header + "idsas.registration.persist.strategy=DATABASE\n" + allowed + dcc + personInformation, written);
        WriteIfAbsent(Path.Combine(configDirectory, "idsas-lookup.properties"), Header + "idsas.lookup.strategy=CPR\n" + allowed + dcc + "soresclient.mode=file\nsoresclient.file=" + Escape(sores) + "\n", written);
        WriteIfAbsent(Path.Combine(configDirectory, "idsas-salt.properties"), Header + allowed + dcc, written);
        WriteIfAbsent(Path.Combine(configDirectory, "idsas-operations.properties"), Header + personInformation, written);
        WriteIfAbsent(
            Path.Combine(configDirectory, "idsas-patient-id-salt.properties"),
            Header + "idsas.patient.id.saltPrefix=" + RandomText() + "\nidsas.patient.id.saltPostfix=" + RandomText() + "\n",
            written);
        return written;
    }

    /// <summary>Adds the whitelist row and a salt unless this data directory's marker says it was done.</summary>
    public static async Task SeedAsync(IServiceProvider services, string dataDirectory, CancellationToken cancellationToken)
    {
        string marker = Path.Combine(dataDirectory, MarkerFileName);
        if (File.Exists(marker))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IdsasDbContext>();
        if (!await context.Whitelist.AnyAsync(w => w.ActorId == LocalSampleSystem.Cvr && w.Type == WhitelistType.Blurring, cancellationToken))
        {
            context.Whitelist.Add(WhitelistEntry.Create(LocalSampleSystem.Cvr, WhitelistType.Blurring, "embedded default: the local sample system"));
        }

        if (!await context.Salts.AnyAsync(cancellationToken))
        {
            context.Salts.Add(Salt.CreateRandom(TimeProvider.System.GetUtcNow().UtcDateTime));
        }

        await context.SaveChangesAsync(cancellationToken);
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) + "\n", cancellationToken);
    }

    private const string Header = "# Written by the embedded default's first start (nsp.sts.federation=local); edit freely.\n";

    private static void WriteIfAbsent(string path, string text, List<string> written)
    {
        if (File.Exists(path))
        {
            return;
        }

        File.WriteAllText(path, text, Encoding.UTF8);
        written.Add(Path.GetFileName(path));
    }

    // Java properties treat a backslash as an escape (Windows paths).
    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal);

    private static string RandomText() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
