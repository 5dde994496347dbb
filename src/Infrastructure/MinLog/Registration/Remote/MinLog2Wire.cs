namespace Nsp.Infrastructure.MinLog.Registration.Remote;

/// <summary>The public MinLog2 registration contract's names (20250312), shared by our endpoint and our client.</summary>
public static class MinLog2Wire
{
    public const string Namespace = "http://www.sundhedsdatastyrelsen.dk/minlog/xml.schema/2025/03/12/minlog2-registration.xsd";
    public const string WsdlNamespace = "http://www.sundhedsdatastyrelsen.dk/minlog/xml.schema/2025/03/12/minlog2-registration.wsdl";
    public const string SoapAction = "AddRegistrations";
    public const string RequestElement = "RegistrationRequest";
    public const string ResponseElement = "RegistrationResponse";
    public const string Path = "/minlog2-registration/20250312/RegisterService";
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
}
