using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.MinLog;
using Nsp.Application.MinLog.Cleanup;
using Nsp.Application.Shared;
using Nsp.Infrastructure.MinLog.Lookup;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Infrastructure.MinLog.Cleanup;

public static class MinLogCleanupServiceCollectionExtensions
{
    /// <summary>The cleanup job (<c>CleanupMinLogCommand</c>) with its settings from <c>minlog.properties</c>. Call
    /// after <c>AddNspApplication</c> and after MinLog's database (with its lease, state and unit of work) is registered.</summary>
    public static IServiceCollection AddMinLogCleanup(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!services.Any(d => d.ServiceType == typeof(MinLogDbContext)))
        {
            throw new InvalidOperationException("Register MinLog's database (AddServiceDatabase<MinLogDbContext>) before its cleanup.");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddServiceRequestHandlers(NspService.MinLog, typeof(IMinLogRequest).Assembly, typeof(MinLogCleanupServiceCollectionExtensions).Assembly);
        services.TryAddSingleton(MinLogCleanupSettingsReader.From(new PropertySection(configuration, MinLogLookupServiceCollectionExtensions.PropertyFile)));
        services.TryAddScoped<IMinLogCleanupStore, EfMinLogCleanupStore>();
        services.TryAddScoped<CleanupMinLogJob>();
        return services;
    }
}
