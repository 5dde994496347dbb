using System.Xml;

namespace Nsp.Api.Odr.Soap;

/// <summary>The ODR 2018-05-01 contract's names (DESIGN.md 4.1a): namespaces, request elements, SOAP actions of both
/// endpoints, contract files and the audit category of every call.</summary>
public static class OdrSoapContract
{
    public const string Namespace = "http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01/";
    public const string Hl7Namespace = "urn:hl7-org:v3";
    public const string OdrNamespace = "urn:hl7-org:odr";
    public const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    public const string AuditCategory = "dk.sds.nsp.audit.log.odr";

    /// <summary>The CPR register's OID: the root of every <c>id</c> and of the document's patient id.</summary>
    public const string CprRoot = "1.2.208.176.1.2";
    public const string CprAssigningAuthority = "CPR";

    public const string MessagesXsd = "odr-20180501.xsd";
    public const string RegistrationXsd = "odr-registration-20180501.xsd";
    public const string Hl7Xsd = "odr-hl7-v3.xsd";
    public const string IdwsFaultXsd = "odr-idws-fault.xsd";
    public const string DgwsWsdl = "odr-dgws-20180501.wsdl";
    public const string IdwsWsdl = "odr-idws-20180501.wsdl";
    public const string IdwsStandardWsdl = "odr-idws-standard-20180501.wsdl";
    public const string AdminWsdl = "odr-admin-20180501.wsdl";

    /// <summary>The XSDs every WSDL references, directly or through another XSD.</summary>
    public static IReadOnlyList<string> Schemas { get; } = [MessagesXsd, RegistrationXsd, Hl7Xsd];

    public const string CreateOrganDonorRegistration = "CreateOrganDonorRegistration";
    public const string UpdateOrganDonorRegistration = "UpdateOrganDonorRegistration";
    public const string DeleteOrganDonorRegistration = "DeleteOrganDonorRegistration";
    public const string GetOrganDonorRegistration = "GetOrganDonorRegistration";
    public const string HasOrganDonorRegistration = "HasOrganDonorRegistration";

    public static IReadOnlyList<string> Operations { get; } =
        [CreateOrganDonorRegistration, UpdateOrganDonorRegistration, DeleteOrganDonorRegistration, GetOrganDonorRegistration, HasOrganDonorRegistration];

    // Children of the request and response elements: unqualified (the XSD has no elementFormDefault).
    public const string IdElement = "id";
    public const string RegistrationElement = "organDonorRegistration";
    public const string ClinicalDocumentElement = "ClinicalDocument";
    public const string RegistrationExistsElement = "registrationExists";

    /// <summary>The WSDL's operation name, e.g. <c>CreateOrganDonorRegistration_2018_05_01</c>.</summary>
    public static string WsdlOperation(string operation) => operation + "_2018_05_01";

    public static XmlQualifiedName RequestElement(string operation) => new(operation + "Request", Namespace);

    public static XmlQualifiedName ResponseElement(string operation) => new(operation + "Response", Namespace);

    /// <summary>The <c>/odr/odr</c> SOAPAction, e.g. <c>http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#CreateOrganDonorRegistration</c>.</summary>
    public static string Action(string operation) => Namespace.TrimEnd('/') + "#" + operation;

    /// <summary>The <c>/odr/odrAdmin</c> SOAPAction, as the public admin WSDL states it: <c>...#Admin&lt;Operation&gt;</c>.</summary>
    public static string AdminAction(string operation) => Namespace.TrimEnd('/') + "#Admin" + operation;
}
