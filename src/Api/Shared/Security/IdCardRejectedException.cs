namespace Nsp.Api.Shared.Security;

/// <summary>An ID card was refused. <see cref="FaultCode"/> is the DGWS fault code (<see cref="DgwsFaultCodes"/>);
/// the message names the rule that failed and never internals, so the gateway can put it in the fault string.</summary>
public sealed class IdCardRejectedException : Exception
{
    public IdCardRejectedException(string faultCode, string message)
        : base(message)
    {
        FaultCode = faultCode;
    }

    public IdCardRejectedException()
        : this(DgwsFaultCodes.InvalidIdCard, "The ID card was refused.")
    {
    }

    public IdCardRejectedException(string message)
        : this(DgwsFaultCodes.InvalidIdCard, message)
    {
    }

    public IdCardRejectedException(string message, Exception? innerException)
        : base(message, innerException)
    {
        FaultCode = DgwsFaultCodes.InvalidIdCard;
    }

    public string FaultCode { get; }
}
