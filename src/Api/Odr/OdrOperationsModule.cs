using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Operations;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Odr.Persistence;

namespace Nsp.Api.Odr;

/// <summary>ODR operations: the deletion, emigration and notification jobs (seed 001); operations URLs (ADR 0027).</summary>
public sealed class OdrOperationsModule : IServiceModule
{
    public string Name => "odr-operations";

    public NspService Service => NspService.Odr;

    public void AddServices(IServiceCollection services, ModuleContext context) =>
        services.AddServiceStore<OdrDbContext>(context, NspService.Odr);

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOperationsPart(Name).MapJobStatusPage("/odr-slettejob/status", sp => sp.DatabaseCheck(NspService.Odr), JobStatusPage.OdrSeparator);
    }
}
