using Nsp.Application.Shared;
using Nsp.Application.Shared.Status;
using Nsp.Infrastructure.Shared.MinLogOutbox;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Infrastructure.Shared.Status;
using Nsp.Infrastructure.Shared.UnitOfWork;

namespace Nsp.Api.Shared.Modules;

/// <summary>A service's database with what every part of it needs: the context, job lease and state, the unit of
/// work, the MinLog outbox, and the <c>SELECT 1</c> check its status pages run. Registered once however many of the service's parts are served.</summary>
public static class ServiceStoreRegistration
{
    public static IServiceCollection AddServiceStore<TContext>(this IServiceCollection services, ModuleContext context, NspService service)
        where TContext : ServiceDbContext
    {
        if (services.Any(d => d.ServiceType == typeof(TContext)))
        {
            return services;
        }

        var options = context.Host.ForService(service).ToOptions();
        services.AddServiceDatabase<TContext>(service, options);
        services.AddServiceUnitOfWork<TContext>(service);
        services.AddServiceMinLogOutbox<TContext>(service);
        services.AddDatabaseStatusCheck(service, options);
        return services;
    }

    public static IStatusCheck DatabaseCheck(this IServiceProvider services, NspService service) =>
        services.GetRequiredKeyedService<DatabaseStatusCheck>(service);
}
