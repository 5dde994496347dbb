namespace Nsp.Application.Shared.Jobs;

/// <summary>How a job reports its state, as the seeds show it on status pages.</summary>
public enum JobVocabulary
{
    /// <summary>NOT_STARTED / NOT_FINISHED / FINISHED: a job that works through what is left and may resume.</summary>
    Resumable,

    /// <summary>NOT_STARTED / RUNNING / FINISHED / ERROR: a job whose runs are tracked (e.g. a queue consumer).</summary>
    RunTracking,
}
