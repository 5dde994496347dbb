using Nsp.Api.Shared.Hosting;
using Nsp.Api.Shared.Modules;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Dros.Persistence;

namespace Nsp.Api.Dros;

/// <summary>DROS: the IHE XDS validating proxy (seed 004).</summary>
public sealed class DrosModule : IServiceModule
{
    public string Name => "dros";

    public NspService Service => NspService.Dros;

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddServiceStore<DrosDbContext>(context, NspService.Dros);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The seed's version URL: a JSON structure holding the version.
        endpoints.MapGet("/dros/health", (BuildInfo build) => Results.Json(new { version = build.Version, buildDate = build.BuildDate }));
    }
}
