namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>A row of <c>job_lease</c>: who runs the job, and until when.</summary>
public sealed class JobLeaseRecord
{
    public required string Job { get; set; }

    public required string Holder { get; set; }

    public DateTime LeasedUntil { get; set; }
}
