namespace Nsp.Application.Shared.Jobs;

/// <summary>How a triggered run ended.</summary>
public enum JobRunOutcome
{
    /// <summary>Nothing is left.</summary>
    Finished,

    /// <summary>The time budget ran out; the next run resumes.</summary>
    NotFinished,

    /// <summary>Another trigger or node holds the job's lease; this trigger did nothing.</summary>
    AlreadyRunning,

    /// <summary>A batch failed; it was rolled back and the error is kept for the alarm page.</summary>
    Failed,
}
