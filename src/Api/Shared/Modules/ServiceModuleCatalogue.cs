using Nsp.Api.Brs;
using Nsp.Api.Crk;
using Nsp.Api.Dros;
using Nsp.Api.Idsas;
using Nsp.Api.MinLog;
using Nsp.Api.Odr;

namespace Nsp.Api.Shared.Modules;

/// <summary>Every deployable part this binary can serve, in the order <c>nsp.services</c> documents them.</summary>
public static class ServiceModuleCatalogue
{
    public static IReadOnlyList<IServiceModule> All { get; } =
    [
        new IdsasRegistrationModule(),
        new IdsasLookupModule(),
        new IdsasSaltModule(),
        new IdsasOperationsModule(),
        new OdrModule(),
        new OdrOperationsModule(),
        new BrsNspModule(),
        new BrsBackendModule(),
        new CrkModule(),
        new MinLogModule(),
        new DrosModule(),
    ];
}
