namespace Nsp.Application.Crk;

/// <summary>CRK's settings (<c>crk.properties</c>): the sources by configId (<c>crk.source.&lt;configId&gt;</c>) and
/// a reload's time budget.</summary>
public sealed record CrkSettings(IReadOnlyDictionary<string, string> Sources, TimeSpan ReloadMaxDuration)
{
    /// <summary>The configIds in a stable order.</summary>
    public IReadOnlyList<string> ConfigIds => [.. Sources.Keys.Order(StringComparer.Ordinal)];
}
