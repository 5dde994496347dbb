using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.Crk;
using Nsp.Application.Crk.Dcc;
using Nsp.Application.Crk.Endpoints;
using Nsp.Application.Crk.Sources;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Crk.Configuration;
using Nsp.Infrastructure.Crk.Persistence.Repositories;
using Nsp.Infrastructure.Crk.Sources;
using Nsp.Infrastructure.Shared.Http;

namespace Nsp.Infrastructure.Crk;

/// <summary>CRK's registrations for the Api module. Call after <c>AddNspApplication</c> and CRK's database.</summary>
public static class CrkServiceCollectionExtensions
{
    /// <param name="dksSchema">The DKS schema's text, which every source's document must match.</param>
    public static IServiceCollection AddCrk(this IServiceCollection services, IConfiguration configuration, string dksSchema)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(ICrkSourceReader)))
        {
            return services;
        }

        var settings = CrkSettingsReader.Settings(configuration);
        var locations = CrkSettingsReader.Locations(configuration);
        services.AddServiceRequestHandlers(NspService.Crk, typeof(ICrkRequest).Assembly, typeof(CrkServiceCollectionExtensions).Assembly);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(new DksDocumentParser(dksSchema));
        services.AddScoped<ICrkSourceReader>(sp => ActivatorUtilities.CreateInstance<CrkSourceReader>(sp, locations));
        services.AddScoped<IEndpointVersionRepository, EfEndpointVersionRepository>();
        services.AddScoped<INodeOverrideRepository, EfNodeOverrideRepository>();
        services.AddScoped<IDccConfigQueries, EfDccConfigQueries>();
        services.AddHttpClient();
        AddHttpSources(services, configuration, locations);
        return services;
    }

    private static void AddHttpSources(IServiceCollection services, IConfiguration configuration, IReadOnlyDictionary<string, CrkSourceLocation> locations)
    {
        var section = CrkSettingsReader.Section(configuration);
        var timeout = section.GetDuration(CrkPropertyKeys.SourceTimeout, TimeSpan.FromSeconds(10));
        var tolerance = section.GetInt(CrkPropertyKeys.SourceErrorTolerance, 0);
        var window = section.GetDuration(CrkPropertyKeys.SourceErrorCountDuration, TimeSpan.FromMinutes(10));
        foreach (var (configId, location) in locations.Where(l => l.Value.Kind == CrkSourceKind.Http))
        {
            var name = CrkSourceReader.ClientName(configId);
            services.AddDependencyErrorWindow(name, tolerance, window);
            services.AddOutboundHttpClient(name, new OutboundHttpOptions(new Uri(location.Target), 20, 20, timeout, timeout, RetryCount: 1), typeof(HttpDksSourceClient).FullName!);
        }
    }
}
