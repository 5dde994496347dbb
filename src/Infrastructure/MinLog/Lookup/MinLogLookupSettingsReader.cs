using System.Globalization;
using Nsp.Application.MinLog.Lookup;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Infrastructure.MinLog.Lookup;

/// <summary>The lookup's keys in <c>minlog.properties</c>: <c>minlog.lookup.max.entries</c> (1000, ours).</summary>
public static class MinLogLookupSettingsReader
{
    public const string MaxEntriesKey = "minlog.lookup.max.entries";

    /// <exception cref="InvalidPropertyException">A maximum below 1.</exception>
    public static MinLogLookupSettings From(PropertySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        int max = section.GetInt(MaxEntriesKey, MinLogLookupSettings.DefaultMaxEntries);
        return max >= 1
            ? new MinLogLookupSettings { MaxEntries = max }
            : throw section.InvalidProperty(MaxEntriesKey, max.ToString(CultureInfo.InvariantCulture), "a whole number of at least 1");
    }
}
