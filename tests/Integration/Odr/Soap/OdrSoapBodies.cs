using Nsp.Tests.Integration.Odr.Contract;

namespace Nsp.Tests.Integration.Odr.Soap;

/// <summary>Request bodies for the SOAP tests, serialised as a client of the public contract does
/// (<see cref="OdrClientRequests"/>).</summary>
internal static class OdrSoapBodies
{
    public const string Create = "CreateOrganDonorRegistration";
    public const string Update = "UpdateOrganDonorRegistration";
    public const string Delete = "DeleteOrganDonorRegistration";
    public const string Get = "GetOrganDonorRegistration";
    public const string Has = "HasOrganDonorRegistration";

    public const string Full = "<ns4:permissionType>FULL</ns4:permissionType>";
    public const string FullWithOrgans = "<ns4:permissionType>FULL</ns4:permissionType><ns4:permissionForHeart>true</ns4:permissionForHeart>";
    public const string LimitedWithoutOrgans = "<ns4:permissionType>LIMITED</ns4:permissionType>";

    /// <summary>The body of <paramref name="operation"/> about <paramref name="cpr"/>; Create and Update carry
    /// <paramref name="registration"/> (default FULL).</summary>
    public static string For(string operation, string cpr, string registration = Full) =>
        operation is Create or Update
            ? OdrClientRequests.WithRegistration(operation, registration, OdrClientRequests.Id(cpr))
            : OdrClientRequests.Simple(operation, cpr);

    /// <summary>A body whose id is <paramref name="idXml"/> as given.</summary>
    public static string WithId(string operation, string idXml) =>
        $"""<ns2:{operation}Request xmlns:ns2="http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01/">{idXml}</ns2:{operation}Request>""";
}
