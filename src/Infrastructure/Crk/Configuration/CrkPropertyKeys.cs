namespace Nsp.Infrastructure.Crk.Configuration;

/// <summary>CRK's keys in <c>crk.properties</c>. The seed names the sources' jobs only by their configId; the keys and
/// defaults here are ours (ADR 0039).</summary>
public static class CrkPropertyKeys
{
    public const string File = "crk";

    /// <summary><c>crk.source.&lt;configId&gt;</c>: an http(s) URL, a file (path or <c>file:</c> URI) or
    /// <c>local:&lt;path&gt;</c>.</summary>
    public const string SourcePrefix = "crk.source.";

    /// <summary>A Quartz cron expression that reloads every configId; unset: HTTP-driven only.</summary>
    public const string ReloadCron = "crk.reload.cron";

    /// <summary>Reload every configId once when the process has started (default true).</summary>
    public const string ReloadOnStart = "crk.reload.on.start";

    /// <summary>A reload's time budget and lease basis (default PT1M).</summary>
    public const string ReloadMaxDuration = "crk.reload.max.duration";

    /// <summary>Per attempt, for HTTP sources (default PT10S).</summary>
    public const string SourceTimeout = "crk.source.timeout";

    /// <summary>Failures an HTTP source may have within the duration before it counts as failing (default 0).</summary>
    public const string SourceErrorTolerance = "crk.source.error.tolerance";

    /// <summary>The error window of HTTP sources (default PT10M).</summary>
    public const string SourceErrorCountDuration = "crk.source.errorcount.duration";

    /// <summary>Keys under <see cref="SourcePrefix"/> that are settings, not configIds.</summary>
    public static readonly IReadOnlySet<string> SourceSettings = new HashSet<string>(StringComparer.Ordinal)
    {
        SourceTimeout, SourceErrorTolerance, SourceErrorCountDuration,
    };
}
