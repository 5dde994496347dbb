namespace Nsp.Application.MinLog.Registration.AddRegistrations;

/// <summary>One <c>LogDataEntry</c> of a MinLog2 registration as sent: texts exactly as they stood (null when the
/// element or attribute was absent). <see cref="StructureProblem"/> is set when the entry's elements were not the
/// contract's (missing Destination, an unknown or misplaced element); the entry then fails alone, the others are
/// still judged.</summary>
public sealed record LogDataEntryMessage
{
    public string? StructureProblem { get; init; }

    public IReadOnlyList<LogDataEntrySource> Sources { get; init; } = [];

    public string? SystemName { get; init; }

    public string? Activity { get; init; }

    public string? Reason { get; init; }

    public string? Addition { get; init; }

    public string? Criticality { get; init; }

    public string? DateTime { get; init; }

    public string? FromDateTime { get; init; }

    public string? ToDateTime { get; init; }

    public string? OrganisationId { get; init; }

    public string? OrganisationIdSource { get; init; }

    public string? OrganisationName { get; init; }

    public string? PersonIdentifier { get; init; }

    public string? PersonIdentifierSource { get; init; }

    public string? PersonName { get; init; }

    public string? CorrelationId { get; init; }

    public string? SequenceNumber { get; init; }

    public string? UserPersonIdentifier { get; init; }

    public string? UserPersonIdentifierSource { get; init; }

    public string? UserPersonName { get; init; }

    public string? UserRole { get; init; }

    public string? OnBehalfOfPersonIdentifier { get; init; }

    public string? OnBehalfOfPersonIdentifierSource { get; init; }

    public string? OnBehalfOfPersonName { get; init; }

    public string? OnBehalfOfUserRole { get; init; }

    public IReadOnlyList<string> Filters { get; init; } = [];
}
