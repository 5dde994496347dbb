namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>A row of <c>job_state</c>: a job's state text, resume cursor and last run.</summary>
public sealed class JobStateRecord
{
    public required string Job { get; set; }

    public required string State { get; set; }

    public string? Cursor { get; set; }

    public DateTime? LastStarted { get; set; }

    public DateTime? LastFinished { get; set; }

    public string? LastError { get; set; }

    public DateTime Updated { get; set; }
}
