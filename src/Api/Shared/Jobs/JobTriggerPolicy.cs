namespace Nsp.Api.Shared.Jobs;

/// <summary>How an HTTP job trigger answers.</summary>
public enum JobTriggerPolicy
{
    /// <summary>200 for Finished and NotFinished, 409 when another trigger holds the lease, 500 when the run failed.</summary>
    ByOutcome,

    /// <summary>ODR's seed: a start call always answers 200; failures go to the log and the alarm page.</summary>
    AlwaysOk,
}
