using Nsp.Api.MinLog.Cleanup;
using Nsp.Api.MinLog.Lookup;
using Nsp.Api.MinLog.Registration;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.MinLog.Registration;

namespace Nsp.Api.MinLog;

/// <summary>MinLog: the citizens' log store that every service's transfer job fills (seed 003).</summary>
public sealed class MinLogModule : IServiceModule
{
    public string Name => "minlog";

    public NspService Service => NspService.MinLog;

    public void AddServices(IServiceCollection services, ModuleContext context)
    {
        services.AddServiceStore<MinLogDbContext>(context, NspService.MinLog);
        // The store every service's MinLog transfer sends to when MinLog runs in this process.
        services.AddInProcessMinLogRegistration(context.LogDirectory);
        services.AddMinLogRegistration(context);
        services.AddMinLogLookupPart(context).AddMinLogCleanupPart(context);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapJobStatusPage("/minlog/status", sp => sp.DatabaseCheck(NspService.MinLog));
        endpoints.MapMinLogRegistration(Name);
        endpoints.MapMinLogLookup().MapMinLogCleanup();
    }
}
