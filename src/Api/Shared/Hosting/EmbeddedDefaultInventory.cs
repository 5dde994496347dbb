using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.MinLog.FirstStart;
using Nsp.Api.Odr.FirstStart;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Hosting;

/// <summary>What of the embedded default this process uses (issue 18): the local development STS, national services
/// read from files, the first start's sample files and its seeded rows. Start-up logs it as one warning, every status
/// page carries it as a line, and <c>nsp.environment=production</c> refuses what must never run in production.</summary>
public sealed class EmbeddedDefaultInventory
{
    public const string StatusLinePrefix = "Embedded default in use: ";

    private static readonly (string Key, string Service)[] NationalServiceModes =
    [
        ("personinformation.mode", "PersonInformation"),
        ("soresclient.mode", "SORES"),
        ("digitalpost.mode", "Digital Post"),
    ];

    private static readonly string[] SampleFileNames =
    [
        IdsasFirstStart.PersonsFileName, IdsasFirstStart.SoresFileName, OdrFirstStart.PersonsFileName, OdrFirstStart.LettersFileName,
    ];

    private static readonly (string Marker, string Rows)[] FirstStartMarkers =
    [
        (IdsasFirstStart.MarkerFileName, "IDSAS whitelist row for the local sample system, first salt"),
        (MinLogFirstStart.MarkerFileName, "MinLog registration's whitelist row for the local sample system"),
        (MinLogLookupFirstStart.MarkerFileName, "MinLog lookup's whitelist row for the local sample system"),
    ];

    private EmbeddedDefaultInventory(IReadOnlyList<EmbeddedDefaultItem> items)
    {
        Items = items;
    }

    public IReadOnlyList<EmbeddedDefaultItem> Items { get; }

    public bool InUse => Items.Count > 0;

    /// <summary>The one line every status page adds while anything is in use; null otherwise.</summary>
    public string? StatusLine => InUse ? StatusLinePrefix + string.Join("; ", Items) : null;

    public static EmbeddedDefaultInventory From(IConfiguration configuration, NspHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var items = new List<EmbeddedDefaultItem>();
        if (options.StsFederation == StsFederation.Local)
        {
            items.Add(new EmbeddedDefaultItem(
                "the local development STS, whose key this installation generated, signs and is trusted",
                "nsp.sts.federation=local", RefusedInProduction: true));
        }

        foreach (var (key, value) in configuration.AsEnumerable().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (value is null || !key.Contains(ConfigurationPath.KeyDelimiter, StringComparison.Ordinal))
            {
                continue;
            }

            string file = key[..key.IndexOf(ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] + ".properties";
            string property = key[(key.IndexOf(ConfigurationPath.KeyDelimiter, StringComparison.Ordinal) + 1)..];
            foreach (var (modeKey, service) in NationalServiceModes)
            {
                if (property.Equals(modeKey, StringComparison.OrdinalIgnoreCase) && value.Trim().Equals("file", StringComparison.OrdinalIgnoreCase))
                {
                    items.Add(new EmbeddedDefaultItem($"{service} read from a file", $"{file}: {property}=file", RefusedInProduction: false));
                }
            }

            if (SampleFileNames.Contains(SafeFileName(value), StringComparer.OrdinalIgnoreCase))
            {
                items.Add(new EmbeddedDefaultItem($"the first start's sample file {value.Trim()}", $"{file}: {property}", RefusedInProduction: true));
            }
        }

        foreach (var (markerName, rows) in FirstStartMarkers)
        {
            string marker = Path.Combine(options.SqliteDirectory, markerName);
            if (File.Exists(marker))
            {
                items.Add(new EmbeddedDefaultItem($"the first start's rows ({rows})", $"marker {Path.GetFullPath(marker)}", RefusedInProduction: true));
            }
        }

        return new EmbeddedDefaultInventory(items);
    }

    /// <summary>With <c>nsp.environment=production</c>: throws, naming each refused item and what to change.</summary>
    /// <exception cref="EmbeddedDefaultRefusedException">Something of the embedded default is in use.</exception>
    public void RefuseInProduction(NspHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var refused = Items.Where(i => i.RefusedInProduction).ToList();
        if (options.Environment == NspEnvironment.Production && refused.Count > 0)
        {
            throw new EmbeddedDefaultRefusedException(refused);
        }
    }

    private static string SafeFileName(string value)
    {
        try
        {
            return Path.GetFileName(value.Trim());
        }
        catch (ArgumentException)
        {
            return string.Empty;
        }
    }
}
