using Nsp.Application.Shared;

namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>The parts a process can serve (<c>nsp.services</c>), named as the seeds' deployables, and which of them
/// are served when <c>nsp.services</c> is not set.</summary>
public static class NspDeployables
{
    // ServedByDefault: a part joins the default once its service's operations have landed. Until then a part only
    // has its status page, which would report it healthy as if it served something; naming it in nsp.services
    // still serves it. Set the flag in the issue that brings the part's operations.
    private static readonly Deployable[] Catalogue =
    [
        new("idsas-registration", NspService.Idsas, ServedByDefault: true),
        new("idsas-lookup", NspService.Idsas, ServedByDefault: true),
        new("idsas-salt", NspService.Idsas, ServedByDefault: true),
        new("idsas-operations", NspService.Idsas, ServedByDefault: true),
        new("odr", NspService.Odr, ServedByDefault: true),
        new("odr-operations", NspService.Odr, ServedByDefault: true),
        new("brs-nsp", NspService.Brs, ServedByDefault: false),
        new("brs-backend", NspService.Brs, ServedByDefault: false),
        new("crk", NspService.Crk, ServedByDefault: false),
        new("minlog", NspService.MinLog, ServedByDefault: true),
        new("dros", NspService.Dros, ServedByDefault: false),
    ];

    private static readonly Dictionary<string, NspService> Services =
        Catalogue.ToDictionary(d => d.Name, d => d.Service, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every deployable, in the order DESIGN.md 4.8 lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Catalogue.Select(d => d.Name)];

    /// <summary>The deployables served when <c>nsp.services</c> is not set: those whose operations exist.</summary>
    public static IReadOnlyList<string> Default { get; } = [.. Catalogue.Where(d => d.ServedByDefault).Select(d => d.Name)];

    public static bool IsKnown(string deployable) => Services.ContainsKey(deployable);

    /// <summary>The service (and so the database) a deployable belongs to.</summary>
    /// <exception cref="ArgumentException">Not a known deployable.</exception>
    public static NspService ServiceOf(string deployable) =>
        Services.TryGetValue(deployable, out NspService service)
            ? service
            : throw new ArgumentException($"'{deployable}' is not a known part; known: {string.Join(", ", All)}.", nameof(deployable));

    private sealed record Deployable(string Name, NspService Service, bool ServedByDefault);
}
