namespace Nsp.Application.MinLog.Lookup;

/// <summary>The lookup's settings (<c>minlog.properties</c>).</summary>
public sealed record MinLogLookupSettings
{
    public const int DefaultMaxEntries = 1000;

    /// <summary><c>minlog.lookup.max.entries</c> (1000, ours): the most entries one answer holds; a period holding more
    /// is refused with a fault asking for a shorter one.</summary>
    public int MaxEntries { get; init; } = DefaultMaxEntries;
}
