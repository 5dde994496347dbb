using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.Sores;
using Nsp.Infrastructure.Shared.Http;

namespace Nsp.Infrastructure.Shared.NationalServices.Sores;

/// <summary>Registers <see cref="ISoresStatusProbe"/> for the mode the settings name, and SORES's error window
/// under <see cref="ServiceKey"/>; never falls back.</summary>
public static class SoresRegistration
{
    /// <summary>Key of the SORES <see cref="DependencyErrorWindow"/> (a keyed singleton) and name of the HTTP client.</summary>
    public const string ServiceKey = "sores";

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the property when the mode's URL or file is
    /// missing or unusable.</summary>
    public static IServiceCollection AddSoresStatusProbe(this IServiceCollection services, SoresSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        services.AddDependencyErrorWindow(ServiceKey, settings.ErrorTolerance, settings.ErrorCountDuration);
        switch (settings.Mode)
        {
            case SoresMode.Http:
                // No retries: a status probe reports what it saw, and the window does the smoothing.
                var options = new OutboundHttpOptions(
                    NationalServiceLocation.RequireHttpUrl("soresclient", settings.Url), settings.MaxTotalConnections, settings.MaxConnectionsPerRoute, settings.Timeout, settings.Timeout, RetryCount: 0);
                services.AddOutboundHttpClient<ISoresStatusProbe, HttpSoresStatusProbe>(
                    ServiceKey,
                    options,
                    (http, sp) => new HttpSoresStatusProbe(
                        http, sp.GetRequiredKeyedService<DependencyErrorWindow>(ServiceKey), sp.GetRequiredService<ILogger<HttpSoresStatusProbe>>()));
                break;

            case SoresMode.File:
                var path = NationalServiceLocation.RequireExistingFile("soresclient", settings.File);
                services.AddSingleton<ISoresStatusProbe>(sp => new FileSoresStatusProbe(
                    path, sp.GetRequiredKeyedService<DependencyErrorWindow>(ServiceKey), sp.GetRequiredService<ILogger<FileSoresStatusProbe>>()));
                break;

            default:
                throw new InvalidOperationException("soresclient.mode must be set to http or file.");
        }

        return services;
    }
}
