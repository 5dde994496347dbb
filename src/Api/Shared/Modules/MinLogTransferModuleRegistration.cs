using Nsp.Application.Shared;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.MinLog.Registration;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.MinLogOutbox;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Api.Shared.Modules;

public static class MinLogTransferModuleRegistration
{
    /// <summary>A service's MinLog transfer job (<c>TransferMinLogCommand(service)</c>) with its settings from
    /// <paramref name="operationsFile"/>, sending into MinLog's store in process (its database and <c>Minlog.log</c>)
    /// until MinLog's registration service has a client (ADR 0035). Every service that writes MinLog entries calls it
    /// from its operations part.</summary>
    public static IServiceCollection AddMinLogTransfer<TContext>(
        this IServiceCollection services, ModuleContext context, NspService service, PropertySection operationsFile)
        where TContext : ServiceDbContext
    {
        ArgumentNullException.ThrowIfNull(context);
        services.AddServiceStore<MinLogDbContext>(context, NspService.MinLog);
        services.AddInProcessMinLogRegistration(context.LogDirectory);
        services.AddServiceMinLogTransfer<TContext>(service, MinLogTransferSettingsReader.From(operationsFile), context.LogDirectory);
        return services;
    }
}
