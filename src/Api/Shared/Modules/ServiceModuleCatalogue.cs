using Nsp.Api.MinLog;

namespace Nsp.Api.Shared.Modules;

/// <summary>Every deployable part this binary can serve, in the order <c>nsp.services</c> documents them.</summary>
public static class ServiceModuleCatalogue
{
    public static IReadOnlyList<IServiceModule> All { get; } =
    [
        new MinLogModule(),
    ];
}
