using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.MinLog;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.Http;

namespace Nsp.Infrastructure.MinLog.Registration.Remote;

public static class RemoteMinLogRegistration
{
    /// <summary>The settings from a service's operations file. <c>minlog.registration.url</c> is required (there is no
    /// fallback to an in-process store that is not there); the card file is required unless
    /// <paramref name="cardIssuedLocally"/>.</summary>
    /// <exception cref="MissingPropertyException">A required property is absent.</exception>
    public static MinLogRegistrationClientSettings Settings(PropertySection section, bool cardIssuedLocally)
    {
        ArgumentNullException.ThrowIfNull(section);
        const string Why = "when the minlog part does not run in this process";
        string url = section.GetOptionalString(MinLogRegistrationClientSettings.UrlKey)
            ?? throw section.MissingProperty(MinLogRegistrationClientSettings.UrlKey, condition: Why);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw section.InvalidProperty(MinLogRegistrationClientSettings.UrlKey, url, "an absolute http or https URL of MinLog's RegisterService");
        }

        string? card = section.GetOptionalString(MinLogRegistrationClientSettings.IdCardFileKey);
        if (card is null && !cardIssuedLocally)
        {
            throw section.MissingProperty(MinLogRegistrationClientSettings.IdCardFileKey, condition: Why + " and nsp.sts.federation is not local");
        }

        return new MinLogRegistrationClientSettings(
            uri,
            section.GetDuration(MinLogRegistrationClientSettings.ConnectTimeoutKey, MinLogRegistrationClientSettings.DefaultConnectTimeout),
            section.GetDuration(MinLogRegistrationClientSettings.RequestTimeoutKey, MinLogRegistrationClientSettings.DefaultRequestTimeout),
            section.GetInt(MinLogRegistrationClientSettings.MaxConnectionsKey, MinLogRegistrationClientSettings.DefaultMaxConnections),
            section.GetInt(MinLogRegistrationClientSettings.ErrorToleranceKey, MinLogRegistrationClientSettings.DefaultErrorTolerance),
            section.GetDuration(MinLogRegistrationClientSettings.ErrorCountDurationKey, MinLogRegistrationClientSettings.DefaultErrorCountDuration),
            card);
    }

    /// <summary>Registers <see cref="HttpMinLogRegistration"/> as the <see cref="IMinLogRegistration"/>, with its pooled
    /// client and error window (both named <see cref="HttpMinLogRegistration.ClientName"/>). <paramref name="card"/>
    /// supplies the system card; null reads <see cref="MinLogRegistrationClientSettings.IdCardFile"/>.</summary>
    public static IServiceCollection AddRemoteMinLogRegistration(
        this IServiceCollection services, MinLogRegistrationClientSettings settings, Func<IServiceProvider, ICallerIdCardSource>? card)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (services.Any(d => d.ServiceType == typeof(IMinLogRegistration)))
        {
            return services;
        }

        Func<IServiceProvider, ICallerIdCardSource> cardSource;
        if (card is not null)
        {
            cardSource = card;
        }
        else if (settings.IdCardFile is { } file)
        {
            cardSource = _ => new FileCallerIdCardSource(file);
        }
        else
        {
            throw new InvalidOperationException($"{MinLogRegistrationClientSettings.IdCardFileKey} is required.");
        }

        var options = new OutboundHttpOptions(
            settings.Url, settings.MaxConnections, settings.MaxConnections, settings.ConnectTimeout, settings.RequestTimeout, RetryCount: 0);
        services.AddDependencyErrorWindow(HttpMinLogRegistration.ClientName, settings.ErrorTolerance, settings.ErrorCountDuration);
        services.AddOutboundHttpClient(HttpMinLogRegistration.ClientName, options, typeof(HttpMinLogRegistration).FullName!);
        services.AddSingleton(sp => cardSource(sp));
        services.AddTransient<IMinLogRegistration>(sp => new HttpMinLogRegistration(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpMinLogRegistration.ClientName),
            sp.GetRequiredKeyedService<DependencyErrorWindow>(HttpMinLogRegistration.ClientName),
            settings.Url,
            sp.GetRequiredService<ICallerIdCardSource>(),
            sp.GetRequiredService<ILogger<HttpMinLogRegistration>>()));
        return services;
    }
}
