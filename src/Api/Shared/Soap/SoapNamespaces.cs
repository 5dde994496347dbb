using Nsp.Api.Shared.Security;

namespace Nsp.Api.Shared.Soap;

/// <summary>The namespaces the gateway reads and writes besides the SOSI ones (<see cref="SosiNamespaces"/>).</summary>
public static class SoapNamespaces
{
    public const string Soap11 = SosiNamespaces.Soap;

    public const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";

    /// <summary>WS-Addressing 1.0.</summary>
    public const string Wsa = "http://www.w3.org/2005/08/addressing";

    public const string Medcom = SosiNamespaces.Medcom;

    public const string Wsse = SosiNamespaces.Wsse;

    public const string Saml = SosiNamespaces.Saml;

    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    public static string EnvelopeOf(SoapVersion version) => version == SoapVersion.Soap12 ? Soap12 : Soap11;
}
