namespace Nsp.Api.Shared.Soap;

/// <summary>A fault as the gateway answers it: the <c>medcom:FaultCode</c>, whether the sender (SOAP 1.1
/// <c>Client</c>, 1.2 <c>Sender</c>) or the service (<c>Server</c>/<c>Receiver</c>) is to blame, and the text for
/// <c>faultstring</c>/<c>Reason</c>, which never holds internals.</summary>
public sealed record SoapFault(string FaultCode, string Message, bool SenderFault);
