namespace Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;

/// <summary>The registration was created. <see cref="CalledByCitizen"/> (the citizen about themselves) decides that no
/// MinLog entry is written; the SOAP answer does not show it.</summary>
public sealed record CreateOrganDonorRegistrationResult(bool CalledByCitizen);
