using Nsp.Application.Shared;

namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>The parts a process can serve (<c>nsp.services</c>), named as the seeds' deployables.</summary>
public static class NspDeployables
{
    private static readonly Dictionary<string, NspService> Services = new(StringComparer.OrdinalIgnoreCase)
    {
        ["idsas-registration"] = NspService.Idsas,
        ["idsas-lookup"] = NspService.Idsas,
        ["idsas-salt"] = NspService.Idsas,
        ["idsas-operations"] = NspService.Idsas,
        ["odr"] = NspService.Odr,
        ["odr-operations"] = NspService.Odr,
        ["brs-nsp"] = NspService.Brs,
        ["brs-backend"] = NspService.Brs,
        ["crk"] = NspService.Crk,
        ["minlog"] = NspService.MinLog,
        ["dros"] = NspService.Dros,
    };

    /// <summary>Every deployable, in the order DESIGN.md 4.8 lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "idsas-registration", "idsas-lookup", "idsas-salt", "idsas-operations", "odr", "odr-operations",
        "brs-nsp", "brs-backend", "crk", "minlog", "dros",
    ];

    public static bool IsKnown(string deployable) => Services.ContainsKey(deployable);

    /// <summary>The service (and so the database) a deployable belongs to.</summary>
    /// <exception cref="ArgumentException">Not a known deployable.</exception>
    public static NspService ServiceOf(string deployable) =>
        Services.TryGetValue(deployable, out NspService service)
            ? service
            : throw new ArgumentException($"'{deployable}' is not a known part; known: {string.Join(", ", All)}.", nameof(deployable));
}
