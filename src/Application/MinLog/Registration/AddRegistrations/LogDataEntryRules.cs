using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Nsp.Domain.MinLog;
using Nsp.Domain.MinLog.Registration;
using Nsp.Domain.Shared;
using Nsp.Domain.Shared.Persons;
using C = Nsp.Application.MinLog.Registration.AddRegistrations.LogDataEntryFaultCodes;

namespace Nsp.Application.MinLog.Registration.AddRegistrations;

/// <summary>The MinLog2 registration contract's (20250312) rules for one <c>LogDataEntry</c>, and what the seed's
/// table adds: every length and enumeration of the XSD, the date floor 2015-01-01T00:00:00Z, a CPR number where the
/// store keeps one, and the seed's narrower columns. The first broken rule decides the entry's fault; an accepted
/// entry is also built as the domain's <see cref="LogEntry"/>, so the store never meets one it would refuse.</summary>
public static class LogDataEntryRules
{
    public const int SystemNameMaxLength = 25;
    public const int ActivityMaxLength = 75;
    public const int ShortTextMaxLength = 50;
    public const int OrganisationMaxLength = 200;
    public const int PersonIdMaxLength = 50;
    public const int CorrelationIdMaxLength = 46;
    public const int SequenceNumberMaxLength = 36;
    public const int RoleMaxLength = 200;

    /// <summary>Nested Source elements followed at most (the contract allows any depth; the gateway bounds nesting).</summary>
    public const int MaxSourceDepth = 10;

    /// <summary>By agreement with NSI a registrant may log this user and answer for the identity itself (seed 003).</summary>
    public const string AnonymousCpr = "0000000000";

    // Danish letters stay readable in the stored JSON; quotes and control characters are still escaped.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly DateTime EarliestInstant = new(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly IReadOnlyList<string> OrganisationIdSources = ["SOR", "YDER", "CVR", "EuropeanHealthcareOrganisation"];
    public static readonly IReadOnlyList<string> PersonIdSources = ["CPR", "eCPR"];
    public static readonly IReadOnlyList<string> UserPersonIdSources = ["CPR", "Autorisation", "EuropeanHealthcareProfessional"];
    public static readonly IReadOnlyList<string> OnBehalfOfPersonIdSources = ["CPR", "Autorisation"];

    public static LogDataEntryVerdict Judge(LogDataEntryMessage entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.StructureProblem is { } problem)
        {
            return LogDataEntryVerdict.Failed(C.InvalidStructure, problem);
        }

        return FirstFailure(entry) ?? Accept(entry);
    }

    private static LogDataEntryVerdict? FirstFailure(LogDataEntryMessage e) =>
        Sources(e.Sources)
        ?? Required(e.SystemName, "SystemName", SystemNameMaxLength)
        ?? Required(e.Activity, "Activity", ActivityMaxLength)
        ?? Optional(e.Reason, "Reason", ShortTextMaxLength)
        ?? Optional(e.Addition, "Addition", ShortTextMaxLength)
        ?? Optional(e.Criticality, "Criticality", ShortTextMaxLength)
        ?? Instants(e)
        ?? Identified(e.OrganisationId, e.OrganisationIdSource, "OrganisationId", OrganisationMaxLength, OrganisationIdSources, required: false)
        ?? Store(e.OrganisationId, "OrganisationId", "orgusingid", LogEntry.OrgUsingIdMaxLength)
        ?? Optional(e.OrganisationName, "OrganisationName", OrganisationMaxLength)
        ?? Identified(e.PersonIdentifier, e.PersonIdentifierSource, "PersonIdentifier", PersonIdMaxLength, PersonIdSources, required: true)
        ?? Citizen(e.PersonIdentifier!)
        ?? Optional(e.PersonName, "PersonName", ShortTextMaxLength)
        ?? Optional(e.CorrelationId, "CorrelationId", CorrelationIdMaxLength)
        ?? Optional(e.SequenceNumber, "SequenceNumber", SequenceNumberMaxLength)
        ?? Identified(e.UserPersonIdentifier, e.UserPersonIdentifierSource, "UserPersonIdentifier", PersonIdMaxLength, UserPersonIdSources, required: true)
        ?? Person(e.UserPersonIdentifier, e.UserPersonIdentifierSource, "UserPersonIdentifier")
        ?? Store(e.UserPersonIdentifier, "UserPersonIdentifier", "bruger", LogEntry.BrugerMaxLength)
        ?? Optional(e.UserPersonName, "UserPersonName", ShortTextMaxLength)
        ?? Optional(e.UserRole, "UserRole", RoleMaxLength)
        ?? Identified(e.OnBehalfOfPersonIdentifier, e.OnBehalfOfPersonIdentifierSource, "OnBehalfOfPersonIdentifier", PersonIdMaxLength, OnBehalfOfPersonIdSources, required: false)
        ?? Person(e.OnBehalfOfPersonIdentifier, e.OnBehalfOfPersonIdentifierSource, "OnBehalfOfPersonIdentifier")
        ?? Store(e.OnBehalfOfPersonIdentifier, "OnBehalfOfPersonIdentifier", "ansvarlig", LogEntry.AnsvarligMaxLength)
        ?? Optional(e.OnBehalfOfPersonName, "OnBehalfOfPersonName", ShortTextMaxLength)
        ?? Optional(e.OnBehalfOfUserRole, "OnBehalfOfUserRole", RoleMaxLength)
        ?? e.Filters.Select(f => Optional(f, "Filter", ShortTextMaxLength)).FirstOrDefault(f => f is not null);

    private static LogDataEntryVerdict Accept(LogDataEntryMessage e)
    {
        var start = Instant(e.DateTime ?? e.FromDateTime)!.Value;
        var details = new LogEntryDetails
        {
            Reason = e.Reason,
            Addition = e.Addition,
            Criticality = e.Criticality,
            ToDateTime = e.DateTime is null ? Instant(e.ToDateTime) : null,
            OrgUsingIdSource = e.OrganisationId is null ? null : e.OrganisationIdSource,
            PersonIdSource = e.PersonIdentifierSource,
            PersonName = e.PersonName,
            UserPersonIdSource = e.UserPersonIdentifierSource,
            UserPersonName = e.UserPersonName,
            UserRole = e.UserRole,
            OnBehalfOfPersonIdSource = e.OnBehalfOfPersonIdentifier is null ? null : e.OnBehalfOfPersonIdentifierSource,
            OnBehalfOfPersonName = e.OnBehalfOfPersonName,
            OnBehalfOfUserRole = e.OnBehalfOfUserRole,
            Filters = e.Filters.Count == 0 ? null : JsonSerializer.Serialize(e.Filters, Json),
            SourceChain = e.Sources.Count == 0 ? null : JsonSerializer.Serialize(e.Sources.Select(s => new { correlationId = s.CorrelationId, systemName = s.SystemName }), Json),
        };

        try
        {
            // The domain's own guards; without a SequenceNumber the handler generates one (a UUID).
            var probe = LogEntry.Create(
                e.SequenceNumber ?? Guid.Empty.ToString(), e.PersonIdentifier!, e.UserPersonIdentifier, e.OnBehalfOfPersonIdentifier, e.OrganisationId,
                e.SystemName, e.Activity, e.CorrelationId, start);
            probe.Detail(details);
            if (e.OrganisationName is not null)
            {
                OrganisationName.Create(e.OrganisationName);
            }
        }
        catch (ArgumentException refused)
        {
            return LogDataEntryVerdict.Failed(C.InvalidValue, refused.Message);
        }

        return LogDataEntryVerdict.Accept(start, details);
    }

    private static LogDataEntryVerdict? Sources(IReadOnlyList<LogDataEntrySource> sources)
    {
        if (sources.Count > MaxSourceDepth)
        {
            return LogDataEntryVerdict.Failed(C.InvalidStructure, string.Create(CultureInfo.InvariantCulture, $"Source is nested more than {MaxSourceDepth} levels deep."));
        }

        return sources
            .Select(s => Optional(s.CorrelationId, "Source/CorrelationId", CorrelationIdMaxLength) ?? Optional(s.SystemName, "Source/SystemName", SystemNameMaxLength))
            .FirstOrDefault(f => f is not null);
    }

    private static LogDataEntryVerdict? Instants(LogDataEntryMessage e)
    {
        bool single = e.DateTime is not null;
        bool period = e.FromDateTime is not null || e.ToDateTime is not null;
        if (single && period)
        {
            return LogDataEntryVerdict.Failed(C.InvalidStructure, "Destination holds DateTime or FromDateTime + ToDateTime, not both.");
        }

        if (!single && !period)
        {
            return LogDataEntryVerdict.Failed(C.MissingElement, "Destination needs DateTime, or FromDateTime and ToDateTime.");
        }

        if (single)
        {
            return DateTimeRule(e.DateTime!, "DateTime");
        }

        if (e.FromDateTime is null || e.ToDateTime is null)
        {
            return LogDataEntryVerdict.Failed(C.MissingElement, e.FromDateTime is null ? "ToDateTime needs FromDateTime." : "FromDateTime needs ToDateTime.");
        }

        return DateTimeRule(e.FromDateTime, "FromDateTime")
            ?? DateTimeRule(e.ToDateTime, "ToDateTime")
            ?? (Instant(e.ToDateTime) < Instant(e.FromDateTime)
                ? LogDataEntryVerdict.Failed(C.InvalidDateTime, "ToDateTime must not be before FromDateTime.")
                : null);
    }

    private static LogDataEntryVerdict? DateTimeRule(string text, string field)
    {
        var instant = Instant(text);
        if (instant is null)
        {
            return LogDataEntryVerdict.Failed(C.InvalidDateTime, $"{field} must be an xs:dateTime, e.g. 2026-12-24T12:00:00.000Z.");
        }

        return instant < EarliestInstant
            ? LogDataEntryVerdict.Failed(C.InvalidDateTime, $"{field} must be 2015-01-01T00:00:00Z or later.")
            : null;
    }

    /// <summary>An xs:dateTime as a UTC instant; without an offset it is Danish time (DESIGN 4.9). Null when malformed.</summary>
    public static DateTime? Instant(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string trimmed = text.Trim();
        int t = trimmed.IndexOf('T', StringComparison.Ordinal);
        if (t != 10 || !DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return null;
        }

        string time = trimmed[(t + 1)..];
        bool hasOffset = time.EndsWith('Z') || time.Contains('+', StringComparison.Ordinal) || time.Contains('-', StringComparison.Ordinal);
        return (hasOffset ? parsed : DanishTime.FromLocal(parsed.DateTime)).UtcDateTime;
    }

    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    private static LogDataEntryVerdict? Required(string? value, string field, int maxLength) =>
        value is null
            ? LogDataEntryVerdict.Failed(C.MissingElement, $"{field} is required.")
            : Optional(value, field, maxLength);

    private static LogDataEntryVerdict? Optional(string? value, string field, int maxLength) =>
        value is not null && (value.Length == 0 || value.Length > maxLength)
            ? LogDataEntryVerdict.Failed(C.InvalidLength, string.Create(CultureInfo.InvariantCulture, $"{field} must be 1..{maxLength} characters (was {value.Length})."))
            : null;

    private static LogDataEntryVerdict? Identified(
        string? value, string? source, string field, int maxLength, IReadOnlyList<string> sources, bool required)
    {
        if (value is null)
        {
            return required ? LogDataEntryVerdict.Failed(C.MissingElement, $"{field} is required.") : null;
        }

        if (Optional(value, field, maxLength) is { } length)
        {
            return length;
        }

        if (source is null)
        {
            return LogDataEntryVerdict.Failed(C.MissingElement, $"{field} needs its source attribute.");
        }

        return sources.Contains(source, StringComparer.Ordinal)
            ? null
            : LogDataEntryVerdict.Failed(C.InvalidValue, $"{field}/@source must be one of {string.Join(", ", sources)}.");
    }

    /// <summary>The citizen: <c>cprnrborger</c> holds 10 digits whose first six are a date (CPR and eCPR alike).</summary>
    private static LogDataEntryVerdict? Citizen(string value) =>
        Cpr.TryParse(value, out _)
            ? null
            : LogDataEntryVerdict.Failed(C.InvalidValue, "PersonIdentifier must be a CPR number: 10 digits starting with a valid DDMMYY date.");

    /// <summary>A person identified by CPR must be one (or the agreed <c>0000000000</c>).</summary>
    private static LogDataEntryVerdict? Person(string? value, string? source, string field) =>
        value is not null && source == "CPR" && value != AnonymousCpr && !Cpr.TryParse(value, out _)
            ? LogDataEntryVerdict.Failed(C.InvalidValue, $"{field} with source CPR must be a CPR number (or {AnonymousCpr}).")
            : null;

    private static LogDataEntryVerdict? Store(string? value, string field, string column, int width) =>
        value is not null && value.Length > width
            ? LogDataEntryVerdict.Failed(C.ExceedsStore, $"{field} is longer than the {width} characters MinLog's {column} column keeps.")
            : null;
}
