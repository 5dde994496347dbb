using Nsp.Domain.MinLog.Registration;

namespace Nsp.Domain.MinLog;

/// <summary>One entry of a citizen's log (DESIGN 4.4, seed 003). Lengths are checked, never truncated; the instant
/// is UTC. <see cref="RegKode"/> is unique, so a retried registration stores the entry once.</summary>
public sealed class LogEntry
{
    public const int RegKodeMaxLength = 36;
    public const int CprLength = 10;
    public const int BrugerMaxLength = 20;
    public const int AnsvarligMaxLength = 20;
    public const int OrgUsingIdMaxLength = 25;
    public const int SystemNameMaxLength = 25;
    public const int HandlingMaxLength = 75;
    public const int SessionIdMaxLength = 46;

    private LogEntry(string regKode, string cprNrBorger, DateTime tidspunkt)
    {
        RegKode = regKode;
        CprNrBorger = cprNrBorger;
        Tidspunkt = tidspunkt;
    }

    public long Id { get; private set; }

    public string RegKode { get; private set; }

    public string CprNrBorger { get; private set; }

    public string? Bruger { get; private set; }

    public string? Ansvarlig { get; private set; }

    public string? OrgUsingId { get; private set; }

    /// <summary>The <see cref="OrganisationName"/> row naming <see cref="OrgUsingId"/> for the citizen, if any.</summary>
    public int? OrganisationNameId { get; private set; }

    public string? SystemName { get; private set; }

    public string? Handling { get; private set; }

    public string? SessionId { get; private set; }

    public DateTime Tidspunkt { get; private set; }

    // The MinLog2 fields the seed's table lacks (DESIGN 5.4), set by Detail; all null for the services' own entries.
    public string? Reason { get; private set; }

    public string? Addition { get; private set; }

    public string? Criticality { get; private set; }

    public DateTime? ToDateTime { get; private set; }

    public string? OrgUsingIdSource { get; private set; }

    public string? PersonIdSource { get; private set; }

    public string? PersonName { get; private set; }

    public string? UserPersonIdSource { get; private set; }

    public string? UserPersonName { get; private set; }

    public string? UserRole { get; private set; }

    public string? OnBehalfOfPersonIdSource { get; private set; }

    public string? OnBehalfOfPersonName { get; private set; }

    public string? OnBehalfOfUserRole { get; private set; }

    public string? Filters { get; private set; }

    public string? SourceChain { get; private set; }

    public static LogEntry Create(
        string regKode,
        string cprNrBorger,
        string? bruger,
        string? ansvarlig,
        string? orgUsingId,
        string? systemName,
        string? handling,
        string? sessionId,
        DateTime tidspunktUtc)
    {
        if (string.IsNullOrWhiteSpace(regKode) || regKode.Length > RegKodeMaxLength)
        {
            throw new ArgumentException($"regKode must be 1..{RegKodeMaxLength} characters.", nameof(regKode));
        }

        if (cprNrBorger is null || cprNrBorger.Length != CprLength || !cprNrBorger.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("cprNrBorger must be 10 digits.", nameof(cprNrBorger));
        }

        if (tidspunktUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("tidspunkt must be a UTC instant.", nameof(tidspunktUtc));
        }

        return new LogEntry(regKode, cprNrBorger, tidspunktUtc)
        {
            Bruger = Checked(bruger, BrugerMaxLength, nameof(bruger)),
            Ansvarlig = Checked(ansvarlig, AnsvarligMaxLength, nameof(ansvarlig)),
            OrgUsingId = Checked(orgUsingId, OrgUsingIdMaxLength, nameof(orgUsingId)),
            SystemName = Checked(systemName, SystemNameMaxLength, nameof(systemName)),
            Handling = Checked(handling, HandlingMaxLength, nameof(handling)),
            SessionId = Checked(sessionId, SessionIdMaxLength, nameof(sessionId)),
        };
    }

    /// <summary>Links the entry to the organisation's name row (found by digest or inserted by the store).</summary>
    public void NameOrganisation(OrganisationName organisationName)
    {
        ArgumentNullException.ThrowIfNull(organisationName);
        if (organisationName.Id == 0)
        {
            throw new InvalidOperationException("The organisation name must be stored before an entry refers to it.");
        }

        OrganisationNameId = organisationName.Id;
    }

    /// <summary>Keeps what a MinLog2 registration stated beyond the seed's columns. A period must not end before it
    /// starts (<see cref="Tidspunkt"/> is its start).</summary>
    public void Detail(LogEntryDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        details.EnsureFits();
        if (details.ToDateTime is { } end && end < Tidspunkt)
        {
            throw new ArgumentException("todatetime must not be before tidspunkt (the period's start).", nameof(details));
        }

        Reason = details.Reason;
        Addition = details.Addition;
        Criticality = details.Criticality;
        ToDateTime = details.ToDateTime;
        OrgUsingIdSource = details.OrgUsingIdSource;
        PersonIdSource = details.PersonIdSource;
        PersonName = details.PersonName;
        UserPersonIdSource = details.UserPersonIdSource;
        UserPersonName = details.UserPersonName;
        UserRole = details.UserRole;
        OnBehalfOfPersonIdSource = details.OnBehalfOfPersonIdSource;
        OnBehalfOfPersonName = details.OnBehalfOfPersonName;
        OnBehalfOfUserRole = details.OnBehalfOfUserRole;
        Filters = details.Filters;
        SourceChain = details.SourceChain;
    }

    private static string? Checked(string? value, int maxLength, string field) =>
        value is not null && value.Length > maxLength
            ? throw new ArgumentException($"{field} must be at most {maxLength} characters.", field)
            : value;
}
