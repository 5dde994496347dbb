namespace Nsp.Tests.Integration.Odr.Contract;

/// <summary>Request bodies as a client compiled from the public 2018-05-01 contract serialises them: the request
/// element in the contract's namespace, unqualified children, hl7 II attributes, the registration's children in
/// urn:hl7-org:odr in the XSD's order.</summary>
internal static class OdrClientRequests
{
    public const string Cpr = "0101011234";

    public static string Id(string cpr = Cpr) =>
        $"""<id root="1.2.208.176.1.2" extension="{cpr}" assigningAuthorityName="CPR"/>""";

    public static string Simple(string operation, string cpr = Cpr) =>
        $"""<ns2:{operation}Request xmlns:ns2="http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01/" xmlns:ns3="urn:hl7-org:v3" xmlns:ns4="urn:hl7-org:odr">{Id(cpr)}</ns2:{operation}Request>""";

    public static string WithRegistration(string operation, string registrationChildren, string id = "") =>
        $"""<ns2:{operation}Request xmlns:ns2="http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01/" xmlns:ns4="urn:hl7-org:odr">{(id.Length == 0 ? Id() : id)}<organDonorRegistration>{registrationChildren}</organDonorRegistration></ns2:{operation}Request>""";

    public const string Limited =
        "<ns4:permissionType>LIMITED</ns4:permissionType><ns4:permissionForHeart>true</ns4:permissionForHeart>"
        + "<ns4:permissionForLungs>false</ns4:permissionForLungs><ns4:permissionForKidneys>true</ns4:permissionForKidneys>"
        + "<ns4:permissionForSkin>false</ns4:permissionForSkin><ns4:requiresRelativeAcceptance>true</ns4:requiresRelativeAcceptance>";
}
