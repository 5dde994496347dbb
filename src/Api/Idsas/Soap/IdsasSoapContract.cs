using System.Xml;

namespace Nsp.Api.Idsas.Soap;

/// <summary>The IDSAS contract's names (DESIGN.md 4.1a): namespaces, request elements, SOAP actions, contract files and
/// the audit category of every call.</summary>
public static class IdsasSoapContract
{
    public const string Namespace20230601 = "http://sundhedsdatastyrelsen.dk/identitetssloering/2023/06/01/";
    public const string Namespace20240124 = "http://sundhedsdatastyrelsen.dk/identitetssloering/2024/01/24/";
    public const string AuditCategory = "dk.sds.nsp.audit.log.idsas";

    public const string Xsd20230601 = "idsas-20230601.xsd";
    public const string Xsd20240124 = "idsas-20240124.xsd";
    public const string RegistrationWsdl20230601 = "idsas-registration-20230601.wsdl";
    public const string RegistrationWsdl20240124 = "idsas-registration-20240124.wsdl";
    public const string LookupWsdl20240124 = "idsas-lookup-20240124.wsdl";
    public const string SaltWsdl20230601 = "idsas-salt-20230601.wsdl";

    public const string CreateBlurring = "CreateBlurring";
    public const string GetCurrentSalt = "GetCurrentSalt";
    public const string GetBlurredOrganisations = "GetBlurredOrganisations";
    public const string CreateOrgBlurring = "CreateOrgBlurring";
    public const string RemoveOrgBlurring = "RemoveOrgBlurring";
    public const string ListAllActiveOrgBlurrings = "ListAllActiveOrgBlurrings";

    /// <summary>The operation's request element, <c>&lt;Operation&gt;Request</c> in the version's namespace.</summary>
    public static XmlQualifiedName RequestElement(string operation, string ns) => new(operation + "Request", ns);

    /// <summary>The SOAPAction the WSDL states: the namespace without its trailing slash, <c>#</c>, the operation.</summary>
    public static string Action(string operation, string ns) => ns.TrimEnd('/') + "#" + operation;
}
