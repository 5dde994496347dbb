namespace Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;

/// <summary>The registration was replaced. <see cref="CalledByCitizen"/> (the citizen about themselves) decides that no
/// MinLog entry is written; the SOAP answer does not show it.</summary>
public sealed record UpdateOrganDonorRegistrationResult(bool CalledByCitizen);
