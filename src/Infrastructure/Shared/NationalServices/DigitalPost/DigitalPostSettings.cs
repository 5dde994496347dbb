namespace Nsp.Infrastructure.Shared.NationalServices.DigitalPost;

/// <summary>
/// The <c>digitalpost.*</c> properties, filled by the composition root. Defaults are the seed's (ODR
/// <c>operations.properties</c>).
/// </summary>
public sealed record DigitalPostSettings
{
    /// <summary><c>digitalpost.mode</c> (http | file); required.</summary>
    public required DigitalPostMode Mode { get; init; }

    /// <summary><c>digitalpost.service.url</c>: the SendDigitalPost endpoint itself; required when <see cref="Mode"/> is http.</summary>
    public string? Url { get; init; }

    /// <summary><c>digitalpost.file</c>: the letters file (created if absent, in an existing directory); required when
    /// <see cref="Mode"/> is file.</summary>
    public string? File { get; init; }

    /// <summary><c>digitalpost.max.total.connections</c>.</summary>
    public int MaxTotalConnections { get; init; } = 200;

    /// <summary><c>digitalpost.default.max.connections.per.route</c>.</summary>
    public int MaxConnectionsPerRoute { get; init; } = 20;

    /// <summary><c>digitalpost.default.connection.timeout.ms</c>.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromMilliseconds(20000);

    /// <summary>Answer timeout of the one attempt; the seed has no key for it.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary><c>digitalpost.error.tolerance</c>.</summary>
    public int ErrorTolerance { get; init; }

    /// <summary><c>digitalpost.errorcount.duration</c> (PT10M).</summary>
    public TimeSpan ErrorCountDuration { get; init; } = TimeSpan.FromMinutes(10);
}
