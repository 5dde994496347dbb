using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Queues;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Queues;

/// <summary>Registers the DATABASE queue of one service, keyed by the service, on its scoped context
/// (register the context first with <see cref="ServiceDatabaseRegistration.AddServiceDatabase{TContext}"/>).</summary>
public static class DatabaseQueueRegistration
{
    public static IServiceCollection AddDatabaseQueue<TContext>(this IServiceCollection services, NspService service)
        where TContext : ServiceDbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddKeyedScoped<IQueueProducer>(
            service,
            (sp, _) => new DatabaseQueueProducer<TContext>(sp.GetRequiredService<TContext>(), sp.GetRequiredService<TimeProvider>()));
        services.AddKeyedScoped<IQueueConsumer>(
            service,
            (sp, _) => new DatabaseQueueConsumer<TContext>(sp.GetRequiredService<TContext>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
