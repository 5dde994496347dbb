namespace Nsp.Application.Shared.Jobs;

/// <summary>A run's time budget, checked between batches (the seeds' <c>*.max.duration</c> properties).</summary>
public sealed record JobRunSettings(TimeSpan MaxDuration)
{
    /// <summary>How long the lease is held before another node may take over a job that died: the budget plus
    /// room for one slow batch.</summary>
    public TimeSpan LeaseDuration => MaxDuration + TimeSpan.FromMinutes(5);
}
