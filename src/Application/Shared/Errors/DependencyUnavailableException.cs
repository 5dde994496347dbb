namespace Nsp.Application.Shared.Errors;

/// <summary>A service this one depends on (PersonInformation, a queue, a backend) failed, so the request could not be
/// decided. Becomes a server-side <c>processing_problem</c>; the message names the dependency, never internals.</summary>
public sealed class DependencyUnavailableException : Exception
{
    public DependencyUnavailableException(string dependency, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Dependency = dependency;
    }

    public DependencyUnavailableException()
    {
        Dependency = string.Empty;
    }

    public DependencyUnavailableException(string message)
        : base(message)
    {
        Dependency = string.Empty;
    }

    public DependencyUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Dependency = string.Empty;
    }

    public string Dependency { get; }

    /// <summary>True when the outcome is unknown (e.g. a queue did not confirm in time) and the client should retry.</summary>
    public bool RetryAdvised { get; init; }
}
