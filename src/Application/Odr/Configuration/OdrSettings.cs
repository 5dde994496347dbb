namespace Nsp.Application.Odr.Configuration;

/// <summary>The odr part's own settings (<c>odr.properties</c>, ADR 0030).</summary>
public sealed class OdrSettings
{
    /// <summary><c>odr.admin.allowed.client.system.name</c>: the IT systems (ITSystemName of a user card) that may
    /// call <c>/odr/odrAdmin</c>. Empty by default: no admin access until an operator names the admin UI.</summary>
    public IReadOnlyList<string> AdminAllowedSystems { get; init; } = [];

    /// <summary>Exact, case-sensitive match against the trimmed list, as IDSAS compares ITSystemName.</summary>
    public bool AllowsAdmin(string? itSystemName) =>
        itSystemName is not null && AdminAllowedSystems.Any(s => string.Equals(s.Trim(), itSystemName, StringComparison.Ordinal));
}
