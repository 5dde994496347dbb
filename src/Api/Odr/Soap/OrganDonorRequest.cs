namespace Nsp.Api.Odr.Soap;

/// <summary>One ODR request body: the operation, the citizen's id and, for Create and Update, the registration.</summary>
public sealed record OrganDonorRequest(string Operation, OrganDonorRequestId Id, OrganDonorRegistrationMessage? Registration);
