namespace Nsp.Api.Shared.Soap;

/// <summary>A request the gateway refuses before it reaches an operation (bad XML, unknown operation, missing
/// header). Carries its fault; <see cref="SoapFaultMapper"/> passes it through unchanged.</summary>
public sealed class SoapFaultException : Exception
{
    public SoapFaultException(string faultCode, string message, bool senderFault = true)
        : base(message)
    {
        Fault = new SoapFault(faultCode, message, senderFault);
    }

    public SoapFaultException()
        : this(SoapFaultCodes.ProcessingProblem, "The request could not be processed.", senderFault: false)
    {
    }

    public SoapFaultException(string message)
        : this(SoapFaultCodes.SyntaxError, message)
    {
    }

    public SoapFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
        Fault = new SoapFault(SoapFaultCodes.SyntaxError, message, SenderFault: true);
    }

    public SoapFault Fault { get; }

    internal static SoapFaultException Syntax(string message) => new(SoapFaultCodes.SyntaxError, message);
}
