using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.DigitalPost;
using Nsp.Infrastructure.Shared.Http;

namespace Nsp.Infrastructure.Shared.NationalServices.DigitalPost;

/// <summary>Registers <see cref="IDigitalPostClient"/> for the mode the settings name; never falls back.</summary>
public static class DigitalPostRegistration
{
    /// <summary>Key of the Digital Post <see cref="DependencyErrorWindow"/> (a keyed singleton) and name of the HTTP
    /// client registered by <see cref="AddDigitalPost"/>.</summary>
    public const string ServiceKey = "digitalpost";

    /// <summary>
    /// Registers the HTTP adapter (<c>digitalpost.mode = http</c>; <c>digitalpost.service.url</c> required) or the file
    /// adapter (<c>mode = file</c>; <c>digitalpost.file</c> required, in an existing directory), plus the error window
    /// under <see cref="ServiceKey"/>. Throws <see cref="InvalidOperationException"/> naming the property.
    /// </summary>
    public static IServiceCollection AddDigitalPost(this IServiceCollection services, DigitalPostSettings settings)
    {
        services.AddKeyedDigitalPost(ServiceKey, settings);
        services.AddTransient(sp => sp.GetRequiredKeyedService<IDigitalPostClient>(ServiceKey));
        return services;
    }

    /// <summary>
    /// As <see cref="AddDigitalPost"/>, but the client, its error window and its HTTP client are all keyed by
    /// <paramref name="key"/>, so an owner with its own property file keeps its own client and window.
    /// </summary>
    public static IServiceCollection AddKeyedDigitalPost(this IServiceCollection services, string key, DigitalPostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(settings);

        switch (settings.Mode)
        {
            case DigitalPostMode.Http:
                var endpoint = RequireEndpoint(settings.Url);

                // No retries: a repeated POST could send a second letter; the caller retries with the same message id.
                var options = new OutboundHttpOptions(
                    endpoint,
                    settings.MaxTotalConnections,
                    settings.MaxConnectionsPerRoute,
                    settings.ConnectTimeout,
                    settings.RequestTimeout,
                    RetryCount: 0);
                services.AddDependencyErrorWindow(key, settings.ErrorTolerance, settings.ErrorCountDuration);
                services.AddOutboundHttpClient(key, options, typeof(HttpDigitalPostClient).FullName!);
                services.AddKeyedTransient<IDigitalPostClient>(key, (sp, _) => new HttpDigitalPostClient(
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient(key),
                    endpoint,
                    sp.GetRequiredKeyedService<DependencyErrorWindow>(key),
                    sp.GetRequiredService<ILogger<HttpDigitalPostClient>>()));
                break;

            case DigitalPostMode.File:
                var path = RequireFileInExistingDirectory(settings.File);
                services.AddDependencyErrorWindow(key, settings.ErrorTolerance, settings.ErrorCountDuration);
                services.AddKeyedSingleton<IDigitalPostClient>(key, (sp, _) => new FileDigitalPostClient(
                    path,
                    sp.GetRequiredKeyedService<DependencyErrorWindow>(key),
                    sp.GetService<TimeProvider>(),
                    sp.GetRequiredService<ILogger<FileDigitalPostClient>>()));
                break;

            default:
                throw new InvalidOperationException("digitalpost.mode must be set to http or file.");
        }

        return services;
    }

    private static Uri RequireEndpoint(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new InvalidOperationException("digitalpost.service.url is required when digitalpost.mode = http.");
        }

        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidOperationException("digitalpost.service.url must be an absolute http or https URL.");
    }

    private static string RequireFileInExistingDirectory(string? file)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            throw new InvalidOperationException("digitalpost.file is required when digitalpost.mode = file.");
        }

        var path = Path.GetFullPath(file.Trim());
        var directory = Path.GetDirectoryName(path);
        if (Directory.Exists(path) || directory is null || !Directory.Exists(directory))
        {
            throw new InvalidOperationException($"digitalpost.file: '{path}' must name a file in an existing directory.");
        }

        return path;
    }
}
