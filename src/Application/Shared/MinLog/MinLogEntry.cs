using Nsp.Domain.MinLog.Registration;

namespace Nsp.Application.Shared.MinLog;

/// <summary>A citizen's log entry with the seed's fields (seed 003), ready for the outbox. <see cref="Details"/>
/// carries what a MinLog2 registration states beyond them (null for the services' own entries).</summary>
public sealed record MinLogEntry(
    string RegKode,
    string CprNrBorger,
    string? Bruger,
    string? Ansvarlig,
    string? OrgUsingId,
    string? OrgUsingName,
    string? SystemName,
    string Handling,
    string? SessionId,
    DateTime Tidspunkt)
{
    public LogEntryDetails? Details { get; init; }
}
