using Nsp.Application.Shared.Health;

namespace Nsp.Application.Shared.NationalServices.DigitalPost;

/// <summary>
/// The Digital Post adapter could not take the letter, or its answer could not be read: <see cref="Reason"/> says
/// why. The message names the reason (and for the file adapter the file) but no URLs, CPRs or server texts; the cause
/// is kept as the inner exception for logs.
/// </summary>
public sealed class DigitalPostUnavailableException : Exception
{
    public DigitalPostUnavailableException(DependencyFailureKind reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public DigitalPostUnavailableException()
    {
    }

    public DigitalPostUnavailableException(string message)
        : base(message)
    {
    }

    public DigitalPostUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DependencyFailureKind Reason { get; }
}
