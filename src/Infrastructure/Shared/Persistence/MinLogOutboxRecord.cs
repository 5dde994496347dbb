namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>A row of <c>minlog_outbox</c> (DESIGN 4.4): a MinLog entry written in the calling service's transaction,
/// sent on by its transfer job. Lengths as MinLog's <c>logentry</c>; the organisation name as text.</summary>
public sealed class MinLogOutboxRecord
{
    public long Id { get; set; }

    public required string RegKode { get; set; }

    public required string CprNrBorger { get; set; }

    public string? Bruger { get; set; }

    public string? Ansvarlig { get; set; }

    public string? OrgUsingId { get; set; }

    public string? OrgUsingName { get; set; }

    public string? SystemName { get; set; }

    public string? Handling { get; set; }

    public string? SessionId { get; set; }

    public DateTime Tidspunkt { get; set; }

    public DateTime Created { get; set; }
}
