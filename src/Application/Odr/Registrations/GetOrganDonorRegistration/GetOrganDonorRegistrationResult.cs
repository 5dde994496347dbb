namespace Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;

/// <summary>The CPR asked about and its active registration, or null when it has none (the CDA document then has
/// no entry).</summary>
public sealed record GetOrganDonorRegistrationResult(string Cpr, RegistrationDetails? Registration);
