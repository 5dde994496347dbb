using System.Xml;

namespace Nsp.Api.MinLog.Lookup;

/// <summary>The MinLog1 lookup contract's names (DESIGN 5.4 "Citizen query"; ADR 0038): namespace, elements (local
/// elements unqualified), action, files, path and audit category.</summary>
public static class MinLogLookupContract
{
    public const string Namespace = "http://nsi.dk/minlog/2012/05/24/";
    public const string Operation = "ListLogStatements";
    public const string Action = Operation;
    public const string AuditCategory = "dk.sds.nsp.audit.log.minlog";

    /// <summary>The lookup's URL: the seed's name of the lookup service (<c>minlogws</c>), the contract's date and a
    /// service name shaped like registration's <c>/minlog2-registration/20250312/RegisterService</c>.</summary>
    public const string Path = "/minlogws/20120524/LookupService";

    public const string Wsdl = "minlog-lookup-20120524.wsdl";
    public const string Xsd = "minlog-lookup-20120524.xsd";

    public const string CprElement = "cprNR";
    public const string FromElement = "fraDato";
    public const string ToElement = "tilDato";

    public static XmlQualifiedName RequestElement { get; } = new(Operation + "Request", Namespace);

    public static XmlQualifiedName ResponseElement { get; } = new(Operation + "Response", Namespace);
}
