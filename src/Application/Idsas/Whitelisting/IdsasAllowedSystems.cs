namespace Nsp.Application.Idsas.Whitelisting;

/// <summary>One part's <c>idsas.allowed.client.system.name</c> list; each part registers its own (DESIGN 4.8: the
/// key means a different list in each file).</summary>
public sealed record IdsasAllowedSystems(string Part, IReadOnlyList<string> Systems)
{
    /// <summary>Exact, case-sensitive match against the trimmed list (as the seed compares ITSystemName).</summary>
    public bool Allows(string? itSystemName) =>
        itSystemName is not null && Systems.Any(s => string.Equals(s.Trim(), itSystemName, StringComparison.Ordinal));
}
