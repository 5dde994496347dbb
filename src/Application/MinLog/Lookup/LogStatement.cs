namespace Nsp.Application.MinLog.Lookup;

/// <summary>One stored entry of a citizen's log as the lookup returns it: the seed's columns, the organisation's
/// name joined from <c>organisationname</c>, and the instant in UTC.</summary>
public sealed record LogStatement(
    string RegKode,
    string? Bruger,
    string? Ansvarlig,
    string? OrgUsingId,
    string? OrganisationName,
    string? SystemName,
    string? Handling,
    string? SessionId,
    DateTime Tidspunkt);
