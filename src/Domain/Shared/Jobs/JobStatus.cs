namespace Nsp.Domain.Shared.Jobs;

/// <summary>What a job has persisted about itself: its state, where to resume (<paramref name="Cursor"/>, when
/// "what is left" is not a database predicate), and its last run. Instants are UTC.</summary>
public sealed record JobStatus(
    string Job,
    JobState State,
    string? Cursor,
    DateTime? LastStartedUtc,
    DateTime? LastFinishedUtc,
    string? LastError)
{
    /// <summary>The status of a job that has never saved one.</summary>
    public static JobStatus NeverRun(string job) => new(job, JobState.NotStarted, null, null, null, null);
}
