namespace Nsp.Application.MinLog.Lookup;

/// <summary>One stored entry of a citizen's log as the lookup returns it: the seed's columns, the organisation's
/// name joined from <c>organisationname</c>, and the instant in UTC.</summary>
/// <param name="OrgUsingIdSource">MinLog2's <c>OrganisationId/@source</c> as registration stored it (null when the
/// store has none), which decides <c>brugerOrganisation</c>'s NameFormat before the id's own form does.</param>
public sealed record LogStatement(
    string RegKode,
    string? Bruger,
    string? Ansvarlig,
    string? OrgUsingId,
    string? OrgUsingIdSource,
    string? OrganisationName,
    string? SystemName,
    string? Handling,
    string? SessionId,
    DateTime Tidspunkt);
