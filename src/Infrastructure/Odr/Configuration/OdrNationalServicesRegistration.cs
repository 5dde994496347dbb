using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.Shared.NationalServices.DigitalPost;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Infrastructure.Shared.NationalServices.DigitalPost;
using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

namespace Nsp.Infrastructure.Odr.Configuration;

/// <summary>ODR's outbound national services, configured from <c>operations.properties</c> (then <c>cleanup.properties</c>).</summary>
public static class OdrNationalServicesRegistration
{
    /// <summary>Key of ODR's <see cref="IPersonInformationClient"/>, its error window and its HTTP client. Both ODR
    /// parts read the same file, so they share one client and one window.</summary>
    public const string PersonInformationKey = "personinformation:odr";

    /// <summary>Key of ODR's <see cref="IDigitalPostClient"/>, its error window and its HTTP client.</summary>
    public const string DigitalPostKey = "digitalpost:odr";

    /// <summary>
    /// Registers ODR's PersonInformation (keyed <see cref="PersonInformationKey"/>) and Digital Post (keyed
    /// <see cref="DigitalPostKey"/>, and as the unkeyed <see cref="IDigitalPostClient"/> unless one is registered
    /// already), each with its error window under the same key. Safe to call from both ODR modules: the second call
    /// does nothing. Bad settings throw <see cref="Shared.Configuration.MissingPropertyException"/> or
    /// <see cref="Shared.Configuration.InvalidPropertyException"/> naming the key and file.
    /// </summary>
    public static IServiceCollection AddOdrNationalServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(IDigitalPostClient) && Equals(d.ServiceKey, DigitalPostKey)))
        {
            return services;
        }

        // Read both before registering either, so a bad file changes nothing.
        var personInformation = OdrClientSettingsReader.PersonInformation(configuration);
        var digitalPost = OdrClientSettingsReader.DigitalPost(configuration);
        services.AddKeyedPersonInformation(PersonInformationKey, personInformation);
        services.AddKeyedDigitalPost(DigitalPostKey, digitalPost);
        services.TryAddTransient(sp => sp.GetRequiredKeyedService<IDigitalPostClient>(DigitalPostKey));
        return services;
    }
}
