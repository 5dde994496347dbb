using System.Globalization;
using Microsoft.Extensions.Configuration;
using Nsp.Domain.Shared.Time;

namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>
/// Typed reading of one property file's keys (the section <see cref="NspPropertyFilesConfigurationProvider"/> made
/// of it), optionally followed by fallback files (<see cref="WithFallback"/>). Failures name the property, the file it
/// belongs in and NSP_CONFIG_DIR, so an operator can fix the file from the start-up message alone.
/// </summary>
/// <remarks>
/// Blank values: <see cref="GetString"/> and <see cref="GetList"/> return them (<c>handled.type.codes=</c> is an empty
/// list); the scalar getters treat a blank value as not set (the default applies); the <c>GetRequired*</c> getters
/// treat it as missing. Scalars are trimmed before parsing; strings are returned as written (Java keeps trailing
/// whitespace, and a salt may mean it). With a fallback key the key is looked for in every file of the chain first,
/// then the fallback key.
/// </remarks>
public sealed class PropertySection
{
    private readonly IConfiguration _configuration;
    private readonly string _prefix;
    private readonly PropertySection? _fallback;

    /// <param name="configuration">The application's configuration.</param>
    /// <param name="fileName">The file, with or without <c>.properties</c>: <c>idsas-operations</c>;
    /// <c>nsp</c> reads the root keys (<c>nsp.*</c>).</param>
    public PropertySection(IConfiguration configuration, string fileName)
        : this(configuration, NormaliseFileName(fileName), null)
    {
    }

    private PropertySection(IConfiguration configuration, string fileName, PropertySection? fallback)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _configuration = configuration;
        FileName = fileName;
        IsRoot = string.Equals(fileName, NspPropertyFilesConfigurationProvider.RootFileName, StringComparison.OrdinalIgnoreCase);
        _prefix = IsRoot ? string.Empty : Path.GetFileNameWithoutExtension(fileName) + ConfigurationPath.KeyDelimiter;
        _fallback = fallback;
    }

    private delegate string? Parser<T>(string text, out T value);

    /// <summary>The file this section reads, e.g. <c>idsas-operations.properties</c>.</summary>
    public string FileName { get; }

    /// <summary>True for <c>nsp.properties</c>, whose keys are at the root and may also come from <c>NSP_*</c> variables.</summary>
    public bool IsRoot { get; }

    /// <summary>The root keys (<c>nsp.properties</c> and <c>NSP_*</c> environment variables).</summary>
    public static PropertySection Root(IConfiguration configuration) =>
        new(configuration, NspPropertyFilesConfigurationProvider.RootFileName);

    /// <summary>A section that reads this file first and <paramref name="fallback"/> (e.g. an older file) after it.</summary>
    public PropertySection WithFallback(PropertySection fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new PropertySection(_configuration, FileName, _fallback is null ? fallback : _fallback.WithFallback(fallback));
    }

    /// <summary>True when the key (or the fallback key) is set in this file or a fallback file, blank or not.</summary>
    public bool Contains(string key, string? fallbackKey = null) => Find(key, fallbackKey, blankIsMissing: false) is not null;

    public string GetRequiredString(string key, string? fallbackKey = null) =>
        Find(key, fallbackKey, blankIsMissing: true)?.Text ?? throw MissingProperty(key, fallbackKey);

    public string GetString(string key, string defaultValue, string? fallbackKey = null) =>
        Find(key, fallbackKey, blankIsMissing: false)?.Text ?? defaultValue;

    /// <summary>The value, or null when it is not set or blank.</summary>
    public string? GetOptionalString(string key, string? fallbackKey = null) =>
        Find(key, fallbackKey, blankIsMissing: true)?.Text;

    public int GetInt(string key, int defaultValue, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParseInt, out int value) ? value : defaultValue;

    public int GetRequiredInt(string key, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParseInt, out int value) ? value : throw MissingProperty(key, fallbackKey);

    public long GetLong(string key, long defaultValue, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParseLong, out long value) ? value : defaultValue;

    public long GetRequiredLong(string key, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParseLong, out long value) ? value : throw MissingProperty(key, fallbackKey);

    /// <summary><c>true</c> or <c>false</c>, any case. Anything else is refused (Java would silently read it as false).</summary>
    public bool GetBool(string key, bool defaultValue, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParseBool, out bool value) ? value : defaultValue;

    public bool GetRequiredBool(string key, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParseBool, out bool value) ? value : throw MissingProperty(key, fallbackKey);

    /// <summary>An ISO-8601 calendar period (<c>P5Y</c>, <c>P12M</c>, <c>P90D</c>).</summary>
    public IsoPeriod GetPeriod(string key, IsoPeriod defaultValue, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParsePeriod, out IsoPeriod value) ? value : defaultValue;

    public IsoPeriod GetRequiredPeriod(string key, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParsePeriod, out IsoPeriod value) ? value : throw MissingProperty(key, fallbackKey);

    /// <summary>An ISO-8601 duration (<c>PT15S</c>, <c>PT10M</c>, <c>P1DT2H</c>).</summary>
    public TimeSpan GetDuration(string key, TimeSpan defaultValue, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParseDuration, out TimeSpan value) ? value : defaultValue;

    public TimeSpan GetRequiredDuration(string key, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParseDuration, out TimeSpan value) ? value : throw MissingProperty(key, fallbackKey);

    /// <summary>A whole, non-negative number of milliseconds, for the seeds' <c>*.ms</c> keys.</summary>
    public TimeSpan GetMilliseconds(string key, TimeSpan defaultValue, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParseMilliseconds, out TimeSpan value) ? value : defaultValue;

    public TimeSpan GetRequiredMilliseconds(string key, string? fallbackKey = null) =>
        TryGet(key, fallbackKey, ParseMilliseconds, out TimeSpan value) ? value : throw MissingProperty(key, fallbackKey);

    /// <summary>Comma-separated entries, trimmed, empty entries dropped; a blank value is an empty list.</summary>
    public IReadOnlyList<string> GetList(string key, IReadOnlyList<string>? defaultValue = null, string? fallbackKey = null) =>
        Find(key, fallbackKey, blankIsMissing: false) is { } found ? SplitList(found.Text) : defaultValue ?? [];

    /// <summary>Comma-separated entries; not set, blank or only commas is missing.</summary>
    public IReadOnlyList<string> GetRequiredList(string key, string? fallbackKey = null)
    {
        List<string> list = Find(key, fallbackKey, blankIsMissing: true) is { } found ? SplitList(found.Text) : [];
        return list.Count > 0 ? list : throw MissingProperty(key, fallbackKey);
    }

    /// <summary>An enum member by name, ignoring case, <c>_</c> and <c>-</c> (<c>DATABASE</c>, <c>database</c>,
    /// <c>PERSIST_ALL</c> → <c>PersistAll</c>). Numbers are refused.</summary>
    public T GetEnum<T>(string key, T defaultValue, string? fallbackKey = null)
        where T : struct, Enum =>
        TryGet<T>(key, fallbackKey, ParseEnum, out T value) ? value : defaultValue;

    public T GetRequiredEnum<T>(string key, string? fallbackKey = null)
        where T : struct, Enum =>
        TryGet<T>(key, fallbackKey, ParseEnum, out T value) ? value : throw MissingProperty(key, fallbackKey);

    /// <summary>The exception for a property that is missing, with an optional condition
    /// ("when nsp.db.provider=postgresql") for properties that are only sometimes required.</summary>
    public MissingPropertyException MissingProperty(string key, string? fallbackKey = null, string? condition = null)
    {
        string older = fallbackKey is null ? string.Empty : $" (or the older key '{fallbackKey}')";
        string when = condition is null ? string.Empty : " " + condition;
        return new MissingPropertyException(
            $"Property '{key}'{older} is required in {Where(key, withFallbacks: true)}{when} ({ConfigDirectoryNote()}).", key, FileName);
    }

    /// <summary>The exception for a value that cannot be used; <paramref name="expected"/> completes
    /// "expected ..." (e.g. "an integer").</summary>
    public InvalidPropertyException InvalidProperty(string key, string value, string expected) =>
        new(
            $"Property '{key}' in {Where(key, withFallbacks: false)} has the value '{value}'; expected {expected} ({ConfigDirectoryNote()}).",
            key,
            FileName);

    private static string NormaliseFileName(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return fileName.EndsWith(".properties", StringComparison.OrdinalIgnoreCase) ? fileName : fileName + ".properties";
    }

    private Found? Find(string key, string? fallbackKey, bool blankIsMissing)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return FindInChain(key, blankIsMissing) ?? (fallbackKey is null ? null : FindInChain(fallbackKey, blankIsMissing));
    }

    private Found? FindInChain(string key, bool blankIsMissing)
    {
        for (PropertySection? section = this; section is not null; section = section._fallback)
        {
            string? value = section._configuration[section._prefix + key];
            if (value is not null && !(blankIsMissing && string.IsNullOrWhiteSpace(value)))
            {
                return new Found(key, value, section);
            }
        }

        return null;
    }

    private bool TryGet<T>(string key, string? fallbackKey, Parser<T> parse, out T value)
    {
        if (Find(key, fallbackKey, blankIsMissing: true) is not { } found)
        {
            value = default!;
            return false;
        }

        string? expected = parse(found.Text.Trim(), out value);
        return expected is null ? true : throw found.Section.InvalidProperty(found.Key, found.Text, expected);
    }

    // A missing property may be set in any file of the chain; a bad value is named with the one file it came from.
    private string Where(string key, bool withFallbacks) =>
        IsRoot && key.StartsWith("nsp.", StringComparison.OrdinalIgnoreCase)
            ? $"{FileName} or environment variable {NspEnvironmentVariablesConfigurationProvider.ToVariableName(key)}"
            : _fallback is null || !withFallbacks ? FileName : $"{FileName} (or {string.Join(", ", FallbackFileNames())})";

    private IEnumerable<string> FallbackFileNames()
    {
        for (PropertySection? section = _fallback; section is not null; section = section._fallback)
        {
            yield return section.FileName;
        }
    }

    private string ConfigDirectoryNote()
    {
        string? directory = _configuration[NspConfigDirectory.ConfigurationKey];
        return string.IsNullOrEmpty(directory)
            ? $"{NspConfigDirectory.EnvironmentVariable} not set, default {NspConfigDirectory.Default}"
            : $"{NspConfigDirectory.EnvironmentVariable}={directory}";
    }

    private static List<string> SplitList(string text) =>
        [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string? ParseInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            ? null
            : "a whole number (32-bit integer)";

    private static string? ParseLong(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            ? null
            : "a whole number (64-bit integer)";

    private static string? ParseBool(string text, out bool value)
    {
        value = string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
        return value || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) ? null : "true or false";
    }

    private static string? ParsePeriod(string text, out IsoPeriod value)
    {
        try
        {
            value = IsoPeriod.Parse(text);
            return null;
        }
        catch (FormatException exception)
        {
            value = default;
            return "an ISO-8601 calendar period such as P5Y, P12M or P90D: " + exception.Message.TrimEnd('.');
        }
    }

    private static string? ParseDuration(string text, out TimeSpan value)
    {
        try
        {
            value = IsoDuration.Parse(text);
            return null;
        }
        catch (FormatException exception)
        {
            value = default;
            return "an ISO-8601 duration such as PT15S or PT10M: " + exception.Message.TrimEnd('.');
        }
    }

    private static string? ParseMilliseconds(string text, out TimeSpan value)
    {
        value = default;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long milliseconds)
            || milliseconds > (long)TimeSpan.MaxValue.TotalMilliseconds)
        {
            return "a whole number of milliseconds, 0 or more";
        }

        value = TimeSpan.FromMilliseconds(milliseconds);
        return null;
    }

    private static string? ParseEnum<T>(string text, out T value)
        where T : struct, Enum
    {
        string wanted = Simplify(text);
        foreach (T candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Simplify(candidate.ToString()), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return null;
            }
        }

        value = default;
        return "one of " + string.Join(", ", Enum.GetNames<T>()) + " (case-insensitive)";
    }

    private static string Simplify(string name) =>
        name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    private readonly record struct Found(string Key, string Text, PropertySection Section);
}
