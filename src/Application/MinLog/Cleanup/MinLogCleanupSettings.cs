using Nsp.Domain.Shared.Time;

namespace Nsp.Application.MinLog.Cleanup;

/// <summary>The cleanup job's settings (<c>minlog.properties</c>), with DESIGN 5.4's defaults.</summary>
public sealed record MinLogCleanupSettings
{
    /// <summary>The job's name: its lease, its state row and its trigger page use it.</summary>
    public const string JobName = "minlog-cleanup";

    /// <summary><c>minlog.cleanup.max.retention</c> (P2Y): entries whose tidspunkt lies further back are deleted.</summary>
    public IsoPeriod MaxRetention { get; init; } = IsoPeriod.FromYears(2);

    /// <summary><c>minlog.cleanup.batch.size</c> (10000): entries deleted per batch (one transaction each).</summary>
    public int BatchSize { get; init; } = 10000;

    /// <summary><c>minlog.cleanup.max.duration</c> (PT15S): the run's time budget, checked between batches.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(15);
}
