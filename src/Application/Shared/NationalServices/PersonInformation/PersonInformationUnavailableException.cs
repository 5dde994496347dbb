using Nsp.Application.Shared.Health;

namespace Nsp.Application.Shared.NationalServices.PersonInformation;

/// <summary>
/// PersonInformation could not answer: <see cref="Reason"/> says why. The message names the reason (and for the
/// file adapter the file) but no URLs, CPRs or server texts; the cause is kept as the inner exception for logs.
/// </summary>
public sealed class PersonInformationUnavailableException : Exception
{
    public PersonInformationUnavailableException(DependencyFailureKind reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public PersonInformationUnavailableException()
    {
    }

    public PersonInformationUnavailableException(string message)
        : base(message)
    {
    }

    public PersonInformationUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DependencyFailureKind Reason { get; }
}
