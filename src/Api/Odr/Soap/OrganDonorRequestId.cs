namespace Nsp.Api.Odr.Soap;

/// <summary>A request's <c>id</c> (hl7 II) as sent, each attribute null when absent: <paramref name="Extension"/> is
/// the CPR. Whether root, extension and assigning authority name a CPR is the application's rule.</summary>
public sealed record OrganDonorRequestId(string? Root, string? Extension, string? AssigningAuthorityName);
