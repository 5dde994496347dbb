namespace Nsp.Domain.Shared.Jobs;

/// <summary>The seeds' texts for <see cref="JobState"/>, as stored in <c>job_state.state</c> and shown on status pages.</summary>
public static class JobStateText
{
    public static string ToText(this JobState state) => state switch
    {
        JobState.NotStarted => "NOT_STARTED",
        JobState.NotFinished => "NOT_FINISHED",
        JobState.Running => "RUNNING",
        JobState.Finished => "FINISHED",
        JobState.Error => "ERROR",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown job state."),
    };

    public static JobState Parse(string text) => text switch
    {
        "NOT_STARTED" => JobState.NotStarted,
        "NOT_FINISHED" => JobState.NotFinished,
        "RUNNING" => JobState.Running,
        "FINISHED" => JobState.Finished,
        "ERROR" => JobState.Error,
        _ => throw new ArgumentException($"Unknown job state text '{text}'.", nameof(text)),
    };
}
