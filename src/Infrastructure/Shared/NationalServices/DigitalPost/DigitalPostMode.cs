namespace Nsp.Infrastructure.Shared.NationalServices.DigitalPost;

/// <summary>
/// <c>digitalpost.mode</c>. There is no default member: an unset mode is an error, never a silent choice.
/// </summary>
public enum DigitalPostMode
{
    /// <summary>Send to the Digital Post adapter at <c>digitalpost.service.url</c>.</summary>
    Http = 1,

    /// <summary>Append letters to the operator's file at <c>digitalpost.file</c>.</summary>
    File = 2,
}
