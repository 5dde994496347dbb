using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.MinLog.Cleanup;

/// <summary><c>/minlog/cleanup</c> (HTTP GET from cron, or the <c>minlog.cleanup.cron</c> Quartz trigger): deletes
/// entries older than <c>minlog.cleanup.max.retention</c> and the organisation names no entry uses any more.</summary>
public sealed record CleanupMinLogCommand : IJobCommand, IMinLogRequest
{
    public string JobName => MinLogCleanupSettings.JobName;
}
