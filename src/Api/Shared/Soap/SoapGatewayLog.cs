using System.Xml;

namespace Nsp.Api.Shared.Soap;

internal static partial class SoapGatewayLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "SOAP call to {Path} refused with {FaultCode}: {FaultMessage}")]
    public static partial void Refused(ILogger logger, string path, string faultCode, string faultMessage);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error,
        Message = "SOAP call to {Path}, operation {Operation}, failed with an internal error")]
    public static partial void InternalError(ILogger logger, string path, XmlQualifiedName? operation, Exception exception);
}
