using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Crk.Persistence;

namespace Nsp.Api.Crk;

/// <summary>CRK: versioned endpoint configuration for the DCC (seed 003).</summary>
public sealed class CrkModule : IServiceModule
{
    public string Name => "crk";

    public NspService Service => NspService.Crk;

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddServiceStore<CrkDbContext>(context, NspService.Crk);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapJobStatusPage("/crk/status", sp => sp.DatabaseCheck(NspService.Crk));
    }
}
