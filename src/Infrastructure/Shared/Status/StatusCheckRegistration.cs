using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Status;

/// <summary>Registers a service's <see cref="DatabaseStatusCheck"/>, keyed by the service, for its status pages.</summary>
public static class StatusCheckRegistration
{
    /// <summary>The seeds probe with a short timeout so a hanging database cannot hang the load balancer's probe.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddDatabaseStatusCheck(
        this IServiceCollection services,
        NspService service,
        ServiceDatabaseOptions options,
        string name = "Database",
        TimeSpan? timeout = null)
    {
        services.AddKeyedSingleton(
            service,
            (sp, _) => new DatabaseStatusCheck(name, options, timeout ?? DefaultTimeout, sp.GetRequiredService<ILogger<DatabaseStatusCheck>>()));
        return services;
    }
}
