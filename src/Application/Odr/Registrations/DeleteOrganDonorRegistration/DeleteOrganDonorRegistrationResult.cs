namespace Nsp.Application.Odr.Registrations.DeleteOrganDonorRegistration;

/// <summary>The registration was closed. <see cref="CalledByCitizen"/> (the citizen about themselves) decides that no
/// MinLog entry is written; the SOAP answer does not show it.</summary>
public sealed record DeleteOrganDonorRegistrationResult(bool CalledByCitizen);
