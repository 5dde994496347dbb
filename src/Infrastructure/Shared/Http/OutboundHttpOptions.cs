namespace Nsp.Infrastructure.Shared.Http;

/// <summary>
/// Pool, timeouts and retries of one outbound HTTP client. One client talks to one host, so the effective connection
/// limit is the smaller of <see cref="MaxConnectionsTotal"/> and <see cref="MaxConnectionsPerRoute"/> (the seeds'
/// Apache-client pairs, e.g. 200 and 20). <see cref="RequestTimeout"/> bounds each attempt; only GET and HEAD are
/// retried, <see cref="RetryCount"/> times, after <see cref="RetryDelay"/> doubling per attempt.
/// </summary>
public sealed record OutboundHttpOptions(
    Uri BaseAddress,
    int MaxConnectionsTotal,
    int MaxConnectionsPerRoute,
    TimeSpan ConnectTimeout,
    TimeSpan RequestTimeout,
    int RetryCount)
{
    /// <summary>The first retry's delay; doubles per further retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a pooled connection lives, so DNS changes are picked up.</summary>
    public TimeSpan PooledConnectionLifetime { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Bound on a whole call, retries and backoff included, as a last guard behind the per-attempt timeout.</summary>
    public TimeSpan OverallTimeout =>
        (RequestTimeout * (RetryCount + 1)) + (RetryDelay * ((1 << Math.Min(RetryCount, 16)) - 1)) + TimeSpan.FromSeconds(1);

    /// <summary>Throws <see cref="InvalidOperationException"/> naming the client and the bad value.</summary>
    public void Validate(string clientName)
    {
        if (!BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttp && BaseAddress.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{clientName}: the base address must be an absolute http or https URL.");
        }

        Require(MaxConnectionsTotal > 0, clientName, "the total connection limit must be positive");
        Require(MaxConnectionsPerRoute > 0, clientName, "the per-route connection limit must be positive");
        Require(ConnectTimeout > TimeSpan.Zero, clientName, "the connect timeout must be positive");
        Require(RequestTimeout > TimeSpan.Zero, clientName, "the request timeout must be positive");
        Require(RetryCount is >= 0 and <= 10, clientName, "the retry count must be between 0 and 10");
        Require(RetryDelay >= TimeSpan.Zero, clientName, "the retry delay must not be negative");
    }

    private static void Require(bool condition, string clientName, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{clientName}: {problem}.");
        }
    }
}
