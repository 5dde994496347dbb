namespace Nsp.Application.Shared.Health;

/// <summary>Why a call to an outbound dependency failed; messages and status pages name it.</summary>
public enum DependencyFailureKind
{
    /// <summary>The connection could not be made or broke off.</summary>
    Transport,

    /// <summary>No answer within the configured time.</summary>
    Timeout,

    /// <summary>The dependency answered with HTTP 5xx.</summary>
    ServerError,

    /// <summary>The dependency answered with a status the contract does not allow (e.g. 400, 401).</summary>
    UnexpectedStatus,

    /// <summary>The answer (or the registry file) could not be read as the contract says.</summary>
    Malformed,

    /// <summary>The source (e.g. the operator's registry file) does not exist.</summary>
    Missing,
}
