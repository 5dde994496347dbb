using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.MinLog;
using Nsp.Application.MinLog.Lookup;
using Nsp.Application.MinLog.Whitelisting;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.MinLog.Whitelisting;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Infrastructure.MinLog.Lookup;

public static class MinLogLookupServiceCollectionExtensions
{
    /// <summary>The property file of MinLog's part (<c>minlog.properties</c>).</summary>
    public const string PropertyFile = "minlog";

    /// <summary>ListLogStatements: MinLog's handlers, the queries, <c>minlog.lookup.max.entries</c>, and the access
    /// behaviour right after the whitelist behaviour. Call after <c>AddNspApplication</c> and after MinLog's database
    /// is registered.</summary>
    public static IServiceCollection AddMinLogLookup(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!services.Any(d => d.ServiceType == typeof(MinLogDbContext)))
        {
            throw new InvalidOperationException("Register MinLog's database (AddServiceDatabase<MinLogDbContext>) before its lookup.");
        }

        services.AddServiceRequestHandlers(NspService.MinLog, typeof(IMinLogRequest).Assembly, typeof(MinLogLookupServiceCollectionExtensions).Assembly);
        services.TryAddSingleton(MinLogLookupSettingsReader.From(new PropertySection(configuration, PropertyFile)));
        services.TryAddScoped<ILogStatementQueries, EfLogStatementQueries>();
        services.TryAddScoped<IWhitelistConfigQueries, EfWhitelistConfigQueries>();
        InsertAccessBehavior(services);
        return services;
    }

    private static void InsertAccessBehavior(IServiceCollection services)
    {
        var behaviours = services.Select((d, i) => (d, i)).Where(x => x.d.ServiceType == typeof(IPipelineBehavior<,>)).ToList();
        if (behaviours.Any(x => x.d.ImplementationType == typeof(MinLogLookupAccessBehavior<,>)))
        {
            return;
        }

        var whitelist = behaviours.FindIndex(x => x.d.ImplementationType == typeof(WhitelistBehavior<,>));
        if (whitelist < 0)
        {
            throw new InvalidOperationException("Call AddNspApplication before MinLog's lookup: its access check goes right after the whitelist behaviour.");
        }

        services.Insert(behaviours[whitelist].i + 1, ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(MinLogLookupAccessBehavior<,>)));
    }
}
