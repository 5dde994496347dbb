namespace Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;

/// <summary><see cref="RegistrationExists"/> is the contract's <c>registrationExists</c>. <see cref="CalledByCitizen"/>
/// (the citizen about themselves) decides that no MinLog entry is written; the SOAP answer does not show it.</summary>
public sealed record HasOrganDonorRegistrationResult(bool RegistrationExists, bool CalledByCitizen);
