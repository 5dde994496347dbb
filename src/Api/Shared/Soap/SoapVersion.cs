namespace Nsp.Api.Shared.Soap;

/// <summary>The SOAP version an endpoint speaks; requests and faults use the same one.</summary>
public enum SoapVersion
{
    /// <summary>SOAP 1.1, <c>text/xml</c>: DGWS and IDWS services.</summary>
    Soap11,

    /// <summary>SOAP 1.2, <c>application/soap+xml</c>: DROS's IHE XDS transactions.</summary>
    Soap12,
}
