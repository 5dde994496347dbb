using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Health;

namespace Nsp.Infrastructure.Shared.Http;

/// <summary>Registers outbound HTTP clients over <see cref="IHttpClientFactory"/> with our pool, timeouts and retries.</summary>
public static class OutboundHttpClientRegistration
{
    /// <summary>
    /// Registers a <see cref="DependencyErrorWindow"/> as a keyed singleton under <paramref name="name"/>, for the
    /// adapter and for the status page. Uses the registered <see cref="TimeProvider"/>, else the system clock.
    /// </summary>
    public static IServiceCollection AddDependencyErrorWindow(this IServiceCollection services, string name, int tolerance, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        // Validate now, so bad settings fail at start-up rather than at the first call.
        _ = new DependencyErrorWindow(tolerance, duration, TimeProvider.System, DependencyErrorWindow.DefaultCapacity);
        services.AddKeyedSingleton(name, (sp, _) =>
            new DependencyErrorWindow(tolerance, duration, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a typed client named <paramref name="name"/>: a
    /// <see cref="SocketsHttpHandler"/> with the pool and connect timeout from <paramref name="options"/>, and the
    /// retry/timeout pipeline. The factory builds the adapter (so it can take its keyed error window).
    /// </summary>
    public static IHttpClientBuilder AddOutboundHttpClient<TClient, TImplementation>(
        this IServiceCollection services,
        string name,
        OutboundHttpOptions options,
        Func<HttpClient, IServiceProvider, TImplementation> factory)
        where TClient : class
        where TImplementation : class, TClient
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(factory);
        options.Validate(name);
        return services.AddHttpClient<TClient, TImplementation>(name, factory)
            .ConfigureOutbound(name, options, typeof(TImplementation).FullName ?? name);
    }

    /// <summary>
    /// Registers a named client with the same pool, timeouts and retries, for adapters that are keyed services (one
    /// per owner with its own settings) and so build their client from <see cref="IHttpClientFactory"/> themselves.
    /// </summary>
    public static IHttpClientBuilder AddOutboundHttpClient(this IServiceCollection services, string name, OutboundHttpOptions options, string logCategory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(name);
        return services.AddHttpClient(name).ConfigureOutbound(name, options, logCategory);
    }

    private static IHttpClientBuilder ConfigureOutbound(this IHttpClientBuilder builder, string name, OutboundHttpOptions options, string logCategory)
    {
        // Relative request paths append to the base path only when it ends with a slash.
        var baseAddress = options.BaseAddress.AbsoluteUri.EndsWith('/')
            ? options.BaseAddress
            : new Uri(options.BaseAddress.AbsoluteUri + "/");

        return builder
            .ConfigureHttpClient(client =>
            {
                client.BaseAddress = baseAddress;
                client.Timeout = options.OverallTimeout;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                MaxConnectionsPerServer = Math.Min(options.MaxConnectionsTotal, options.MaxConnectionsPerRoute),
                ConnectTimeout = options.ConnectTimeout,
                PooledConnectionLifetime = options.PooledConnectionLifetime,
            })
            .AddHttpMessageHandler(sp => new OutboundResilienceHandler(
                name,
                options,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(logCategory)))

            // The pooled-connection lifetime already handles DNS changes, so the handler need not rotate; and the
            // factory's default request logging would write URLs, whose paths may carry CPR numbers.
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
    }
}
