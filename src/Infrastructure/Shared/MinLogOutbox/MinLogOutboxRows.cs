using Nsp.Application.Shared.MinLog;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.MinLogOutbox;

/// <summary>Maps entries to <c>minlog_outbox</c> rows and back.</summary>
internal static class MinLogOutboxRows
{
    public static MinLogOutboxRecord ToRecord(MinLogEntry entry, DateTime createdUtc) => new()
    {
        RegKode = entry.RegKode,
        CprNrBorger = entry.CprNrBorger,
        Bruger = entry.Bruger,
        Ansvarlig = entry.Ansvarlig,
        OrgUsingId = entry.OrgUsingId,
        OrgUsingName = entry.OrgUsingName,
        SystemName = entry.SystemName,
        Handling = entry.Handling,
        SessionId = entry.SessionId,
        Tidspunkt = entry.Tidspunkt,
        Created = createdUtc,
    };

    public static MinLogEntry ToEntry(MinLogOutboxRecord row) => new(
        row.RegKode,
        row.CprNrBorger,
        row.Bruger,
        row.Ansvarlig,
        row.OrgUsingId,
        row.OrgUsingName,
        row.SystemName,
        row.Handling ?? string.Empty,
        row.SessionId,
        row.Tidspunkt);
}
