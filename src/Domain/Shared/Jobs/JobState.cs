namespace Nsp.Domain.Shared.Jobs;

/// <summary>The persisted state of a background job. The seeds use two vocabularies: resumable jobs
/// (NOT_STARTED / NOT_FINISHED / FINISHED) and run-tracking jobs (NOT_STARTED / RUNNING / FINISHED / ERROR);
/// both are stored as their seed text (see <see cref="JobStateText"/>).</summary>
public enum JobState
{
    NotStarted,
    NotFinished,
    Running,
    Finished,
    Error,
}
