using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Unit.Odr;

/// <summary>The callers of ODR's access matrix, as the SOAP gateway fills their security contexts.</summary>
public static class OdrCallers
{
    public const string DonorCpr = "0101801234";
    public const string OtherCpr = "0202802345";
    public const string AdminSystem = "ODR Admin";

    public static SecurityContext Citizen(string cpr = DonorCpr) => new()
    {
        Kind = CallerKind.CitizenToken,
        UserCpr = cpr,
        SoapHeaders = new SoapHeaderValues(MessageId: "msg-citizen"),
    };

    public static SecurityContext HealthProfessional(string itSystem = "EPJ") => new()
    {
        Kind = CallerKind.UserCard,
        UserCpr = "1111111118",
        UserAuthorizationCode = "ABC12",
        CareProviderId = "33257872",
        CareProviderIdFormat = "medcom:cvrnumber",
        ItSystemName = itSystem,
        SoapHeaders = new SoapHeaderValues(FlowId: "flow-1", MessageId: "msg-hp"),
    };

    public static SecurityContext UserWithoutAuthorizationCode(string itSystem = "EPJ") => new()
    {
        Kind = CallerKind.UserCard,
        UserCpr = "1111111118",
        CareProviderId = "33257872",
        CareProviderIdFormat = "medcom:cvrnumber",
        ItSystemName = itSystem,
    };

    public static SecurityContext System(string itSystem = "DDS") => new()
    {
        Kind = CallerKind.SystemCard,
        CareProviderId = "44444444",
        CareProviderIdFormat = "medcom:cvrnumber",
        ItSystemName = itSystem,
    };

    public static SecurityContext Admin() => UserWithoutAuthorizationCode(AdminSystem);
}
