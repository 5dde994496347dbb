using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>Registers one service's database: its context (scoped, from a pool, plus the pool's factory for short side transactions)
/// and, keyed by the service, its <see cref="IJobLease"/> and <see cref="IJobStateStore"/>.</summary>
public static class ServiceDatabaseRegistration
{
    public static IServiceCollection AddServiceDatabase<TContext>(
        this IServiceCollection services,
        NspService service,
        ServiceDatabaseOptions options)
        where TContext : ServiceDbContext
    {
        ArgumentNullException.ThrowIfNull(options);
        if (services.Any(d => d.ServiceType == typeof(TContext)))
        {
            // Several parts of one service (IDSAS has four) share its database.
            return services;
        }

        // Pooled: a request reuses a reset context instead of building one (docs/benchmarks.md, finding 1).
        services.AddPooledDbContextFactory<TContext>(b => b.UseServiceDatabase(options));
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DatabaseMigrator>();
        // Lets the migrator and the status pages find every database this process serves.
        services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddKeyedSingleton<IJobLease>(
            service,
            (sp, _) => new JobLease<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddKeyedScoped<IJobStateStore>(
            service,
            (sp, _) => new JobStateStore<TContext>(sp.GetRequiredService<TContext>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
