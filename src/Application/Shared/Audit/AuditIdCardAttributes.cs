using Nsp.Application.Shared.Security;

namespace Nsp.Application.Shared.Audit;

/// <summary>The ID-card attributes an audit line may show (no user CPR, no names) and how to take them from a
/// <see cref="SecurityContext"/>.</summary>
public static class AuditIdCardAttributes
{
    public static IReadOnlyList<string> AllowList { get; } =
    [
        "medcom:CareProviderID",
        "medcom:CareProviderName",
        "medcom:ITSystemName",
        "medcom:UserAuthorizationCode",
        "medcom:UserRole",
        "sosi:AuthenticationLevel",
        "sosi:IDCardID",
        "sosi:IDCardType",
        "sosi:IDCardVersion",
    ];

    public static void CopyTo(SecurityContext context, AuditAccess access)
    {
        Put(access.IdCardAttributes, "medcom:CareProviderID", context.CareProviderId);
        Put(access.IdCardAttributes, "medcom:CareProviderName", context.OrganisationName);
        Put(access.IdCardAttributes, "medcom:ITSystemName", context.ItSystemName);
        Put(access.IdCardAttributes, "medcom:UserAuthorizationCode", context.UserAuthorizationCode);
        Put(access.IdCardAttributes, "medcom:UserRole", context.UserRole);
        if (context.AuthenticationLevel > 0)
        {
            Put(access.IdCardAttributes, "sosi:AuthenticationLevel", context.AuthenticationLevel.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Put(access.IdCardAttributes, "sosi:IDCardID", context.IdCardId);
        Put(access.IdCardAttributes, "sosi:IDCardType", context.IdCardType);
        Put(access.IdCardAttributes, "sosi:IDCardVersion", context.IdCardVersion);

        var headers = context.SoapHeaders;
        Put(access.SoapHeaders, "FlowID", headers.FlowId);
        Put(access.SoapHeaders, "Issuer", headers.Issuer);
        Put(access.SoapHeaders, "MessageID", headers.MessageId);
        Put(access.SoapHeaders, "NameID", headers.NameId);
        Put(access.SoapHeaders, "w3Action", headers.WsaAction);
        Put(access.SoapHeaders, "w3MessageID", headers.WsaMessageId);
        Put(access.SoapHeaders, "w3To", headers.WsaTo);
    }

    private static void Put(IDictionary<string, string> target, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            target[key] = value;
        }
    }
}
