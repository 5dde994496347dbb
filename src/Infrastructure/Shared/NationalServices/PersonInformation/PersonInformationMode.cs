namespace Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

/// <summary>
/// <c>personinformation.mode</c>. There is no default member: an unset mode is an error, never a silent choice.
/// </summary>
public enum PersonInformationMode
{
    /// <summary>Ask the national service at <c>personinformation.url</c>.</summary>
    Http = 1,

    /// <summary>Read the operator's registry file at <c>personinformation.file</c>.</summary>
    File = 2,
}
