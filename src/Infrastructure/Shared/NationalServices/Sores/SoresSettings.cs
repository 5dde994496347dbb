namespace Nsp.Infrastructure.Shared.NationalServices.Sores;

/// <summary>The <c>soresclient.*</c> properties, filled by the composition root (defaults are seed 000's).</summary>
public sealed record SoresSettings
{
    /// <summary><c>soresclient.mode</c> (http | file).</summary>
    public required SoresMode Mode { get; init; }

    /// <summary><c>soresclient.url</c>; required when <see cref="Mode"/> is http.</summary>
    public string? Url { get; init; }

    /// <summary><c>soresclient.file</c>; required when <see cref="Mode"/> is file.</summary>
    public string? File { get; init; }

    /// <summary><c>idsas.httpclient.pooling.totalconnections</c>.</summary>
    public int MaxTotalConnections { get; init; } = 200;

    /// <summary><c>idsas.httpclient.pooling.maxconnections.pr.route</c>.</summary>
    public int MaxConnectionsPerRoute { get; init; } = 20;

    /// <summary><c>soresclient.timeout</c> (ours, PT5S): connect and answer bound of one probe, so a hanging SORES
    /// makes the status page answer 503 in time instead of hanging the monitor too.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary><c>soresclient.error.tolerance</c> (0).</summary>
    public int ErrorTolerance { get; init; }

    /// <summary><c>soresclient.errorcount.duration</c> (PT10M).</summary>
    public TimeSpan ErrorCountDuration { get; init; } = TimeSpan.FromMinutes(10);
}
