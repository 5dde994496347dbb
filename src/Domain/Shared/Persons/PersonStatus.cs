namespace Nsp.Domain.Shared.Persons;

/// <summary>
/// A person's civil-registration status and the date it started (for <see cref="CivilRegistrationMeaning.Dead"/>
/// the date of death). The start date may be unknown.
/// </summary>
public sealed record PersonStatus(Cpr Cpr, CivilRegistrationStatus Status, DateOnly? StatusStartDate);
