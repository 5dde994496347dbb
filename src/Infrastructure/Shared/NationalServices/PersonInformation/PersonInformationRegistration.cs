using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Infrastructure.Shared.Http;

namespace Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

/// <summary>Registers <see cref="IPersonInformationClient"/> for the mode the settings name; never falls back.</summary>
public static class PersonInformationRegistration
{
    /// <summary>Key of the PersonInformation <see cref="DependencyErrorWindow"/> (a keyed singleton) and name of the
    /// HTTP client registered by <see cref="AddPersonInformation"/>.</summary>
    public const string ServiceKey = "personinformation";

    /// <summary>
    /// Registers the HTTP adapter (<c>personinformation.mode = http</c>; <c>personinformation.url</c> required) or the
    /// file adapter (<c>mode = file</c>; <c>personinformation.file</c> required and must exist), plus the error
    /// window under <see cref="ServiceKey"/>. Throws <see cref="InvalidOperationException"/> naming the property.
    /// </summary>
    public static IServiceCollection AddPersonInformation(this IServiceCollection services, PersonInformationSettings settings)
    {
        services.AddKeyedPersonInformation(ServiceKey, settings);
        services.AddTransient(sp => sp.GetRequiredKeyedService<IPersonInformationClient>(ServiceKey));
        return services;
    }

    /// <summary>
    /// As <see cref="AddPersonInformation"/>, but the client, its error window and its HTTP client are all keyed by
    /// <paramref name="key"/>, so several owners in one process (e.g. two parts, each with its own property file)
    /// each get their own PersonInformation.
    /// </summary>
    public static IServiceCollection AddKeyedPersonInformation(this IServiceCollection services, string key, PersonInformationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
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
                services.AddDependencyErrorWindow(key, settings.ErrorTolerance, settings.ErrorCountDuration);
                services.AddOutboundHttpClient(key, options, typeof(HttpPersonInformationClient).FullName!);
                services.AddKeyedTransient<IPersonInformationClient>(key, (sp, _) => new HttpPersonInformationClient(
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient(key),
                    sp.GetRequiredKeyedService<DependencyErrorWindow>(key),
                    sp.GetRequiredService<ILogger<HttpPersonInformationClient>>()));
                break;

            case PersonInformationMode.File:
                var path = NationalServiceLocation.RequireExistingFile("personinformation", settings.File);
                services.AddDependencyErrorWindow(key, settings.ErrorTolerance, settings.ErrorCountDuration);
                services.AddKeyedSingleton<IPersonInformationClient>(key, (sp, _) =>
                    new FilePersonInformationClient(path, sp.GetRequiredKeyedService<DependencyErrorWindow>(key)));
                break;

            default:
                throw new InvalidOperationException("personinformation.mode must be set to http or file.");
        }

        return services;
    }
}
