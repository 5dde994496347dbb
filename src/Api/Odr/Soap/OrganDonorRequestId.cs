namespace Nsp.Api.Odr.Soap;

/// <summary>A request's <c>id</c> (hl7 II) as sent: <paramref name="Extension"/> is the CPR. The reader has checked
/// root and assigning authority; whether the extension is a valid CPR is the application's rule.</summary>
public sealed record OrganDonorRequestId(string Root, string Extension, string AssigningAuthorityName);
