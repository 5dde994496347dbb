using System.Xml;
using Nsp.Api.Shared.Security;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Unit.Shared.Security;

public sealed class IdCardParserTests
{
    private static readonly DateTimeOffset NotBefore = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private static IdCardIssueRequest UserRequest() => new()
    {
        Kind = IdCardKind.User,
        Issuer = "TEST1-NSP-STS",
        IdCardId = "card-1",
        NotBefore = NotBefore,
        NotOnOrAfter = NotBefore.AddHours(24),
        AuthenticationLevel = 4,
        OcesCertHash = "aGFzaA==",
        ItSystemName = "EPJ",
        CareProviderId = "25450442",
        CareProviderIdFormat = "medcom:cvrnumber",
        CareProviderName = "Region Test",
        UserCpr = "0101801234",
        UserGivenName = "Jens",
        UserSurName = "Hansen",
        UserEmailAddress = "jens@example.dk",
        UserRole = "7170",
        UserAuthorizationCode = "ABC12",
        UserOccupation = "Overlæge",
    };

    [Fact]
    public void A_dgws_user_card_is_read_with_every_attribute()
    {
        var card = IdCard.Parse(DgwsIdCardWriter.CreateEnvelope(UserRequest()));

        Assert.Equal(IdCardFormat.Dgws, card.Format);
        Assert.Equal(IdCardKind.User, card.Kind);
        Assert.Equal("IDCard", card.AssertionId);
        Assert.Equal("TEST1-NSP-STS", card.Issuer);
        Assert.Equal("0101801234", card.NameId);
        Assert.Equal("medcom:cprnumber", card.NameIdFormat);
        Assert.Equal(NotBefore, card.IssueInstant);
        Assert.Equal(NotBefore, card.NotBefore);
        Assert.Equal(NotBefore.AddHours(24), card.NotOnOrAfter);
        Assert.Equal("card-1", card.IdCardId);
        Assert.Equal("1.0.1", card.IdCardVersion);
        Assert.Equal("user", card.IdCardType);
        Assert.Equal(4, card.AuthenticationLevel);
        Assert.Equal("aGFzaA==", card.OcesCertHash);
        Assert.Equal("0101801234", card.UserCpr);
        Assert.Equal("Jens", card.UserGivenName);
        Assert.Equal("Hansen", card.UserSurName);
        Assert.Equal("jens@example.dk", card.UserEmailAddress);
        Assert.Equal("7170", card.UserRole);
        Assert.Equal("ABC12", card.UserAuthorizationCode);
        Assert.Equal("Overlæge", card.UserOccupation);
        Assert.Equal("EPJ", card.ItSystemName);
        Assert.Equal("25450442", card.CareProviderId);
        Assert.Equal("medcom:cvrnumber", card.CareProviderIdFormat);
        Assert.Equal("Region Test", card.CareProviderName);
    }

    [Fact]
    public void A_user_card_maps_to_a_user_card_security_context_with_the_gateways_headers()
    {
        var card = IdCard.Parse(DgwsIdCardWriter.CreateEnvelope(UserRequest()));

        var context = card.ToSecurityContext(new SoapHeaderValues(FlowId: "f", MessageId: "m", Issuer: "stated", NameId: "stated"));

        Assert.Equal(CallerKind.UserCard, context.Kind);
        Assert.Equal("25450442", context.Cvr);
        Assert.Equal("Region Test", context.OrganisationName);
        Assert.Equal("EPJ", context.ItSystemName);
        Assert.Equal("0101801234", context.UserCpr);
        Assert.Equal("Jens", context.UserGivenName);
        Assert.Equal("Hansen", context.UserSurName);
        Assert.Equal("7170", context.UserRole);
        Assert.Equal("ABC12", context.UserAuthorizationCode);
        Assert.Equal("Overlæge", context.UserOccupation);
        Assert.Equal(4, context.AuthenticationLevel);
        Assert.Equal("card-1", context.IdCardId);
        Assert.Equal("user", context.IdCardType);
        Assert.Equal("1.0.1", context.IdCardVersion);
        Assert.Equal(new SoapHeaderValues("f", "m", "TEST1-NSP-STS", "0101801234"), context.SoapHeaders);
    }

    [Fact]
    public void A_care_provider_in_another_format_gives_no_cvr()
    {
        var card = IdCard.Parse(DgwsIdCardWriter.CreateEnvelope(UserRequest() with { CareProviderIdFormat = "medcom:skscode" }));

        Assert.Equal("medcom:skscode", card.CareProviderIdFormat);
        Assert.Null(card.ToSecurityContext().Cvr);
    }

    [Fact]
    public void An_unknown_card_type_is_an_invalid_card()
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(UserRequest());
        SetAttributeValue(assertion, "sosi:IDCardType", "robot");

        AssertInvalid(assertion);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("three")]
    public void An_authentication_level_outside_1_to_5_is_an_invalid_card(string level)
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(UserRequest());
        SetAttributeValue(assertion, "sosi:AuthenticationLevel", level);

        AssertInvalid(assertion);
    }

    [Fact]
    public void An_attribute_stated_twice_is_an_invalid_card()
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(UserRequest());
        var attribute = FindAttribute(assertion, "medcom:CareProviderID");
        attribute.ParentNode!.AppendChild(attribute.CloneNode(deep: true));

        AssertInvalid(assertion);
    }

    [Fact]
    public void A_card_without_conditions_is_an_invalid_card()
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(UserRequest());
        var conditions = assertion.GetElementsByTagName("Conditions", SosiNamespaces.Saml)[0]!;
        assertion.RemoveChild(conditions);

        AssertInvalid(assertion);
    }

    [Fact]
    public void A_dgws_card_whose_id_is_not_IDCard_is_an_invalid_card()
    {
        var assertion = DgwsIdCardWriter.CreateEnvelope(UserRequest());
        assertion.SetAttribute("id", "Other");

        AssertInvalid(assertion);
    }

    [Fact]
    public void An_idws_token_with_only_a_cpr_is_a_citizen_token()
    {
        var card = IdCard.Parse(Idws(
            (IdwsAttributeNames.CprNumber, "0202904321"),
            (IdwsAttributeNames.AssuranceLevel, "3"),
            (IdwsAttributeNames.SpecVersion, "DK-SAML-2.0")));

        Assert.Equal(IdCardFormat.Idws, card.Format);
        Assert.Equal(IdCardKind.Citizen, card.Kind);
        Assert.Equal("_a1", card.AssertionId);
        Assert.Equal("DK-SAML-2.0", card.IdCardVersion);
        Assert.Equal(CallerKind.CitizenToken, card.ToSecurityContext().Kind);
        Assert.Equal("0202904321", card.ToSecurityContext().UserCpr);
    }

    [Fact]
    public void An_idws_token_with_a_cvr_but_no_cpr_is_a_system_token()
    {
        var card = IdCard.Parse(Idws(
            (IdwsAttributeNames.CvrNumber, "25450442"),
            (IdwsAttributeNames.OrganisationName, "Region Test"),
            (IdwsAttributeNames.AssuranceLevel, "3")));

        Assert.Equal(IdCardKind.System, card.Kind);
        Assert.Equal(CallerKind.SystemCard, card.ToSecurityContext().Kind);
        Assert.Equal("25450442", card.ToSecurityContext().Cvr);
    }

    [Fact]
    public void An_idws_professional_token_without_its_organisation_name_is_an_invalid_card() =>
        AssertInvalid(Idws(
            (IdwsAttributeNames.CprNumber, "0101801234"),
            (IdwsAttributeNames.CvrNumber, "25450442"),
            (IdwsAttributeNames.AssuranceLevel, "4")));

    [Fact]
    public void An_idws_token_naming_nobody_is_an_invalid_card() =>
        AssertInvalid(Idws((IdwsAttributeNames.AssuranceLevel, "3")));

    [Fact]
    public void An_element_that_is_not_a_saml_assertion_is_an_invalid_card()
    {
        var document = new XmlDocument();
        document.LoadXml("<Assertion id=\"IDCard\" Version=\"2.0\"/>");

        AssertInvalid(document.DocumentElement!);
    }

    private static void AssertInvalid(XmlElement assertion)
    {
        var refused = Assert.Throws<IdCardRejectedException>(() => IdCard.Parse(assertion));
        Assert.Equal(DgwsFaultCodes.InvalidIdCard, refused.FaultCode);
    }

    private static XmlElement FindAttribute(XmlElement assertion, string name) =>
        assertion.GetElementsByTagName("Attribute", SosiNamespaces.Saml).Cast<XmlElement>().Single(a => a.GetAttribute("Name") == name);

    private static void SetAttributeValue(XmlElement assertion, string name, string value) =>
        FindAttribute(assertion, name).GetElementsByTagName("AttributeValue", SosiNamespaces.Saml)[0]!.InnerText = value;

    private static XmlElement Idws(params (string Name, string Value)[] attributes)
    {
        string statements = string.Concat(attributes.Select(a =>
            $"<saml:Attribute Name=\"{a.Name}\"><saml:AttributeValue>{a.Value}</saml:AttributeValue></saml:Attribute>"));
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(
            $"""
            <saml:Assertion xmlns:saml="{SosiNamespaces.Saml}" ID="_a1" IssueInstant="2026-11-25T08:00:00Z" Version="2.0">
              <saml:Issuer>https://sts.example/idws</saml:Issuer>
              <saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">s1</saml:NameID></saml:Subject>
              <saml:Conditions NotBefore="2026-11-25T08:00:00Z" NotOnOrAfter="2026-11-25T16:00:00Z"/>
              <saml:AttributeStatement>{statements}</saml:AttributeStatement>
            </saml:Assertion>
            """);
        return document.DocumentElement!;
    }
}
