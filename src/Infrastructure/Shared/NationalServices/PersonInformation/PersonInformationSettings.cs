namespace Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

/// <summary>
/// The <c>personinformation.*</c> properties, filled by the composition root. Defaults are the seeds' (ODR
/// <c>operations.properties</c>; IDSAS's <c>idsas.httpclient.pooling.*</c> map to the two connection limits).
/// </summary>
public sealed record PersonInformationSettings
{
    /// <summary><c>personinformation.mode</c> (http | file); required.</summary>
    public required PersonInformationMode Mode { get; init; }

    /// <summary><c>personinformation.url</c>; required when <see cref="Mode"/> is http.</summary>
    public string? Url { get; init; }

    /// <summary><c>personinformation.file</c>; required when <see cref="Mode"/> is file.</summary>
    public string? File { get; init; }

    /// <summary><c>personinformation.maxTotalConnections</c> / <c>idsas.httpclient.pooling.totalconnections</c>.</summary>
    public int MaxTotalConnections { get; init; } = 200;

    /// <summary><c>personinformation.defaultMaxConnectionsPerRoute</c> / <c>idsas.httpclient.pooling.maxconnections.pr.route</c>.</summary>
    public int MaxConnectionsPerRoute { get; init; } = 20;

    /// <summary><c>personinformation.defaultConnectionTimeoutMs</c>.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromMilliseconds(20000);

    /// <summary>Per-attempt answer timeout; the seeds have no key for it (ours would be <c>personinformation.requestTimeoutMs</c>).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of idempotent lookups on transient failures.</summary>
    public int RetryCount { get; init; } = 2;

    /// <summary>First retry delay; doubles per retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary><c>personinformation.error.tolerance</c>.</summary>
    public int ErrorTolerance { get; init; }

    /// <summary><c>personinformation.errorcount.duration</c> (PT10M).</summary>
    public TimeSpan ErrorCountDuration { get; init; } = TimeSpan.FromMinutes(10);
}
