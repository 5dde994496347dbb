using Nsp.Api.MinLog.Registration;
using Nsp.Api.Shared.Security;
using Nsp.Application.Shared;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.MinLog.Registration;
using Nsp.Infrastructure.MinLog.Registration.Remote;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.MinLogOutbox;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Api.Shared.Modules;

public static class MinLogTransferModuleRegistration
{
    /// <summary>A service's MinLog transfer job (<c>TransferMinLogCommand(service)</c>) with its settings from
    /// <paramref name="operationsFile"/>, sending into MinLog's store in process (its database and <c>Minlog.log</c>)
    /// when the minlog part runs here (ADR 0035), else to <c>minlog.registration.url</c> over AddRegistrations, with
    /// the installation's system card (ADR 0037). Every service that writes MinLog entries calls it from its
    /// operations part.</summary>
    public static IServiceCollection AddMinLogTransfer<TContext>(
        this IServiceCollection services, ModuleContext context, NspService service, PropertySection operationsFile)
        where TContext : ServiceDbContext
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Host.Serves(NspService.MinLog))
        {
            services.AddServiceStore<MinLogDbContext>(context, NspService.MinLog);
            services.AddInProcessMinLogRegistration(context.LogDirectory);
        }
        else
        {
            // Without minlog here the entries go to MinLog's registration service; never silently to a local store.
            bool local = context.Host.StsFederation == StsFederation.Local;
            Func<IServiceProvider, ICallerIdCardSource>? card = local
                ? sp => new LocalStsCallerIdCard(sp.GetRequiredService<LocalStsIssuer>(), sp.GetRequiredService<TimeProvider>())
                : null;
            services.AddRemoteMinLogRegistration(RemoteMinLogRegistration.Settings(operationsFile, cardIssuedLocally: local), card);
        }

        services.AddServiceMinLogTransfer<TContext>(service, MinLogTransferSettingsReader.From(operationsFile), context.LogDirectory);
        return services;
    }
}
