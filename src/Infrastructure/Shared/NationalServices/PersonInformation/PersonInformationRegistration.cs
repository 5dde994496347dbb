using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Infrastructure.Shared.Http;

namespace Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

/// <summary>Registers <see cref="IPersonInformationClient"/> for the mode the settings name; never falls back.</summary>
public static class PersonInformationRegistration
{
    /// <summary>Key of the PersonInformation <see cref="DependencyErrorWindow"/> (a keyed singleton) and name of the HTTP client.</summary>
    public const string ServiceKey = "personinformation";

    /// <summary>
    /// Registers the HTTP adapter (<c>personinformation.mode = http</c>; <c>personinformation.url</c> required) or the
    /// file adapter (<c>mode = file</c>; <c>personinformation.file</c> required and must exist), plus the error
    /// window under <see cref="ServiceKey"/>. Throws <see cref="InvalidOperationException"/> naming the property.
    /// </summary>
    public static IServiceCollection AddPersonInformation(this IServiceCollection services, PersonInformationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);

        switch (settings.Mode)
        {
            case PersonInformationMode.Http:
                var options = new OutboundHttpOptions(
                    NationalServiceLocation.RequireHttpUrl("personinformation", settings.Url),
                    settings.MaxTotalConnections,
                    settings.MaxConnectionsPerRoute,
                    settings.ConnectTimeout,
                    settings.RequestTimeout,
                    settings.RetryCount)
                {
                    RetryDelay = settings.RetryDelay,
                };
                services.AddDependencyErrorWindow(ServiceKey, settings.ErrorTolerance, settings.ErrorCountDuration);
                services.AddOutboundHttpClient<IPersonInformationClient, HttpPersonInformationClient>(
                    ServiceKey,
                    options,
                    (http, sp) => new HttpPersonInformationClient(
                        http,
                        sp.GetRequiredKeyedService<DependencyErrorWindow>(ServiceKey),
                        sp.GetRequiredService<ILogger<HttpPersonInformationClient>>()));
                break;

            case PersonInformationMode.File:
                var path = NationalServiceLocation.RequireExistingFile("personinformation", settings.File);
                services.AddDependencyErrorWindow(ServiceKey, settings.ErrorTolerance, settings.ErrorCountDuration);
                services.AddSingleton<IPersonInformationClient>(sp =>
                    new FilePersonInformationClient(path, sp.GetRequiredKeyedService<DependencyErrorWindow>(ServiceKey)));
                break;

            default:
                throw new InvalidOperationException("personinformation.mode must be set to http or file.");
        }

        return services;
    }
}
