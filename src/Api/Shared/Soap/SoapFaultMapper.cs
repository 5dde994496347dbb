using System.Xml;
using Nsp.Api.Shared.Security;
using Nsp.Application.Idsas.Salts;
using Nsp.Application.Shared.Errors;

namespace Nsp.Api.Shared.Soap;

/// <summary>The one place where exceptions become SOAP faults (ADR 0010 has the table). Messages of the typed
/// exceptions are written for callers; anything else is an internal error whose details stay in our log.</summary>
public static class SoapFaultMapper
{
    public const string InternalErrorMessage = "An internal error occurred; it has been logged.";

    /// <summary>The fault for <paramref name="exception"/>; <paramref name="internalError"/> is true when nothing typed
    /// matched, so the caller logs the exception.</summary>
    public static SoapFault Map(Exception exception, out bool internalError)
    {
        ArgumentNullException.ThrowIfNull(exception);
        internalError = false;
        switch (exception)
        {
            case SoapFaultException refused:
                return refused.Fault;
            case BadHttpRequestException badRequest:
                // The server refused to read the body (size, framing): the client's fault, never an internal error.
                return new SoapFault(SoapFaultCodes.SyntaxError, badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "The request is larger than this endpoint accepts."
                    : "The HTTP request body could not be read.", SenderFault: true);
            case XmlException:
                return new SoapFault(SoapFaultCodes.SyntaxError, "The request is not well-formed XML or contains a DTD.", SenderFault: true);
            case IdCardRejectedException card:
                return new SoapFault(card.FaultCode, card.Message, SenderFault: true);
            case NotAuthorizedException notAuthorized:
                return new SoapFault(SoapFaultCodes.NotAuthorized, notAuthorized.Message, SenderFault: true);
            case RequestValidationException invalid:
                return new SoapFault(SoapFaultCodes.ProcessingProblem, "The request is invalid: " + invalid.Message, SenderFault: true);
            case NoCurrentSaltException noSalt:
                // Not the caller's fault (ADR 0020): the service is not set up yet, and the text says what operations must do.
                return new SoapFault(SoapFaultCodes.ProcessingProblem, noSalt.Message, SenderFault: false);
            case DependencyUnavailableException dependency:
                return new SoapFault(SoapFaultCodes.ProcessingProblem, DescribeDependency(dependency), SenderFault: false);
            default:
                internalError = true;
                return new SoapFault(SoapFaultCodes.ProcessingProblem, InternalErrorMessage, SenderFault: false);
        }
    }

    private static string DescribeDependency(DependencyUnavailableException exception)
    {
        string dependency = string.IsNullOrEmpty(exception.Dependency) ? "a service this one depends on" : exception.Dependency;
        string text = $"The request could not be completed because {dependency} is unavailable: {exception.Message}";
        return exception.RetryAdvised
            ? text + " The outcome is unknown; retry the call (it is safe to repeat)."
            : text;
    }
}
