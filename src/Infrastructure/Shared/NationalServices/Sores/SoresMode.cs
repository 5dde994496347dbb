namespace Nsp.Infrastructure.Shared.NationalServices.Sores;

/// <summary><c>soresclient.mode</c>. There is no default member: the composition root chooses explicitly.</summary>
public enum SoresMode
{
    /// <summary>Ask the national service at <c>soresclient.url</c>.</summary>
    Http = 1,

    /// <summary>Read the operator's SORES registry file at <c>soresclient.file</c>.</summary>
    File = 2,
}
