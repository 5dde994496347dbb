using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Unit.Shared.Audit;

public sealed class AuditIdCardAttributesTests
{
    private static readonly SecurityContext FullUserCard = new()
    {
        Kind = CallerKind.UserCard,
        CareProviderId = "33257872",
        OrganisationName = "Region Test",
        ItSystemName = "EPJ",
        UserCpr = "0101801234",
        UserGivenName = "Anne",
        UserSurName = "Jensen",
        UserRole = "7170",
        UserAuthorizationCode = "ABC12",
        UserOccupation = "Læge",
        AuthenticationLevel = 4,
        IdCardId = "card-1",
        IdCardType = "user",
        IdCardVersion = "1.0.1",
        SoapHeaders = new SoapHeaderValues("flow-1", "msg-1", "issuer-1", "name-1", "action-1", "wsa-msg-1", "to-1"),
    };

    [Fact]
    public void A_full_card_shows_every_allowed_attribute_under_its_ID_card_name()
    {
        var access = CopyOf(FullUserCard);

        Assert.Equal(
            new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["medcom:CareProviderID"] = "33257872",
                ["medcom:CareProviderName"] = "Region Test",
                ["medcom:ITSystemName"] = "EPJ",
                ["medcom:UserAuthorizationCode"] = "ABC12",
                ["medcom:UserRole"] = "7170",
                ["sosi:AuthenticationLevel"] = "4",
                ["sosi:IDCardID"] = "card-1",
                ["sosi:IDCardType"] = "user",
                ["sosi:IDCardVersion"] = "1.0.1",
            },
            access.IdCardAttributes);
    }

    [Fact]
    public void The_allow_list_names_exactly_the_attributes_a_full_card_shows()
    {
        Assert.Equal(CopyOf(FullUserCard).IdCardAttributes.Keys, AuditIdCardAttributes.AllowList.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_users_CPR_names_and_occupation_never_reach_the_audit_line()
    {
        var access = CopyOf(FullUserCard);

        var shown = access.IdCardAttributes.Values.Concat(access.SoapHeaders.Values).ToList();
        Assert.DoesNotContain("0101801234", shown);
        Assert.DoesNotContain("Anne", shown);
        Assert.DoesNotContain("Jensen", shown);
        Assert.DoesNotContain("Læge", shown);
    }

    [Fact]
    public void Every_SOAP_header_is_shown_under_its_audit_name()
    {
        var access = CopyOf(FullUserCard);

        Assert.Equal(
            new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["FlowID"] = "flow-1",
                ["Issuer"] = "issuer-1",
                ["MessageID"] = "msg-1",
                ["NameID"] = "name-1",
                ["w3Action"] = "action-1",
                ["w3MessageID"] = "wsa-msg-1",
                ["w3To"] = "to-1",
            },
            access.SoapHeaders);
    }

    [Fact]
    public void A_card_without_attributes_or_headers_shows_none_rather_than_empty_values()
    {
        var access = CopyOf(new SecurityContext { Kind = CallerKind.SystemCard });

        Assert.Empty(access.IdCardAttributes);
        Assert.Empty(access.SoapHeaders);
    }

    [Fact]
    public void Empty_attribute_and_header_texts_are_left_out()
    {
        var empty = FullUserCard with
        {
            CareProviderId = "",
            OrganisationName = "",
            ItSystemName = "",
            UserAuthorizationCode = "",
            UserRole = "",
            AuthenticationLevel = 0,
            IdCardId = "",
            IdCardType = "",
            IdCardVersion = "",
            SoapHeaders = new SoapHeaderValues("", "", "", "", "", "", ""),
        };

        var access = CopyOf(empty);

        Assert.Empty(access.IdCardAttributes);
        Assert.Empty(access.SoapHeaders);
    }

    [Fact]
    public void Authentication_level_one_is_shown()
    {
        // Zero means "no level on the card"; the lowest real level must still show.
        var access = CopyOf(FullUserCard with { AuthenticationLevel = 1 });

        Assert.Equal("1", access.IdCardAttributes["sosi:AuthenticationLevel"]);
    }

    private static AuditAccess CopyOf(SecurityContext context)
    {
        var access = new AuditAccess();
        AuditIdCardAttributes.CopyTo(context, access);
        return access;
    }
}
