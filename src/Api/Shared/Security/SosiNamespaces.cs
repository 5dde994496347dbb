namespace Nsp.Api.Shared.Security;

/// <summary>The namespaces of DGWS 1.0.1 messages and SOSI ID cards (DESIGN.md 4.1a).</summary>
public static class SosiNamespaces
{
    public const string Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    public const string Wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    public const string Wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";

    public const string Ds = "http://www.w3.org/2000/09/xmldsig#";

    public const string Saml = "urn:oasis:names:tc:SAML:2.0:assertion";

    public const string Sosi = "http://www.sosi.dk/sosi/2006/04/sosi-1.0.xsd";

    public const string Medcom = "http://www.medcom.dk/dgws/2006/04/dgws-1.0.xsd";

    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public const string Xmlns = "http://www.w3.org/2000/xmlns/";

    /// <summary>The lowercase id a DGWS card's assertion carries and its signature references (<c>#IDCard</c>).</summary>
    public const string DgwsAssertionId = "IDCard";
}
