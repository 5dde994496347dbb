using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Nsp.Api.Shared.Security;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Integration.Shared.Sts;

public sealed class IdCardVerifierTests
{
    private static readonly IdCardRequirements SystemCard = IdCardRequirements.SystemLevel3;
    private static readonly IdCardRequirements AnyLevel3 = IdCardRequirements.AnyCard(3);

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly TestSts _sts;
    private readonly IdCardVerifier _verifier;

    public IdCardVerifierTests()
    {
        _sts = new TestSts(_clock);
        _verifier = new IdCardVerifier(TestSts.Trust(), _clock, TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void A_valid_system_card_gives_a_system_card_context_with_every_attribute()
    {
        var context = _verifier.VerifyToSecurityContext(
            _sts.ValidSystemCard(), SystemCard, new SoapHeaderValues(FlowId: "flow-1", MessageId: "msg-1"));

        Assert.Equal(CallerKind.SystemCard, context.Kind);
        Assert.Equal(TestSts.Cvr, context.CareProviderId);
        Assert.Equal("medcom:cvrnumber", context.CareProviderIdFormat);
        Assert.Equal(TestSts.Cvr, context.Cvr);
        Assert.Equal(TestSts.OrganisationName, context.OrganisationName);
        Assert.Equal(TestSts.SystemName, context.ItSystemName);
        Assert.Equal(3, context.AuthenticationLevel);
        Assert.Equal("system", context.IdCardType);
        Assert.Equal("1.0.1", context.IdCardVersion);
        Assert.False(string.IsNullOrEmpty(context.IdCardId));
        Assert.Null(context.UserCpr);
        Assert.Equal(new SoapHeaderValues("flow-1", "msg-1", TestSts.IssuerName, TestSts.Cvr), context.SoapHeaders);
    }

    [Fact]
    public void A_valid_user_card_gives_a_user_card_context_with_the_users_attributes()
    {
        var card = _verifier.Verify(_sts.ValidUserCard(), new IdCardRequirements(4, IdCardTypeRequirement.User));
        var context = card.ToSecurityContext();

        Assert.Equal(CallerKind.UserCard, context.Kind);
        Assert.Equal(TestSts.UserCpr, context.UserCpr);
        Assert.Equal("Jens", context.UserGivenName);
        Assert.Equal("Hansen", context.UserSurName);
        Assert.Equal("7170", context.UserRole);
        Assert.Equal("ABC12", context.UserAuthorizationCode);
        Assert.Equal("Overlæge", context.UserOccupation);
        Assert.Equal("jens@example.dk", card.UserEmailAddress);
        Assert.Equal("medcom:cprnumber", card.NameIdFormat);
        Assert.Equal(TestSts.UserCpr, card.NameId);
        Assert.Equal("c2FtcGxlLWhhc2g=", card.OcesCertHash);
        Assert.Equal(4, context.AuthenticationLevel);
        Assert.Equal(TestSts.Cvr, context.Cvr);
    }

    [Fact]
    public void A_card_signed_with_rsa_sha256_is_accepted()
    {
        var card = _verifier.Verify(_sts.ValidSystemCard(IdCardSignatureAlgorithm.RsaSha256), SystemCard);

        Assert.Equal(IdCardKind.System, card.Kind);
    }

    [Fact]
    public void An_expired_card_is_refused_as_expired() =>
        AssertRefused(_sts.Expired(), SystemCard, DgwsFaultCodes.ExpiredIdCard);

    [Fact]
    public void A_card_not_yet_valid_is_refused_as_expired() =>
        AssertRefused(_sts.NotYetValid(), SystemCard, DgwsFaultCodes.ExpiredIdCard);

    [Fact]
    public void The_validity_window_allows_the_clock_skew_on_both_sides()
    {
        // Valid from 3 minutes ahead of our clock: within the 5 minute skew.
        var early = TestSts.SignedCard(_sts.SystemRequest(validFrom: TimeSpan.FromMinutes(3)));
        Assert.Equal(IdCardKind.System, _verifier.Verify(early, SystemCard).Kind);

        // Expired 4 minutes ago: still within the skew; 6 minutes ago: not.
        var card = TestSts.SignedCard(_sts.SystemRequest(validFrom: TimeSpan.FromMinutes(-10), lifetime: TimeSpan.FromMinutes(6)));
        Assert.Equal(IdCardKind.System, _verifier.Verify(card, SystemCard).Kind);
        _clock.Advance(TimeSpan.FromMinutes(2));
        AssertRefused(card, SystemCard, DgwsFaultCodes.ExpiredIdCard);
    }

    [Fact]
    public void A_card_changed_after_signing_is_refused_as_an_invalid_signature() =>
        AssertRefused(_sts.Tampered(), SystemCard, DgwsFaultCodes.InvalidSignature);

    [Fact]
    public void A_card_signed_by_an_untrusted_sts_is_refused_as_an_invalid_certificate() =>
        AssertRefused(_sts.WronglySigned(), SystemCard, DgwsFaultCodes.InvalidCertificate);

    [Fact]
    public void A_card_carrying_the_trusted_certificate_but_signed_with_another_key_is_refused_as_an_invalid_signature()
    {
        // The KeyInfo names the trusted STS, the signature is the forger's: only the trusted key decides.
        var forged = _sts.WronglySigned();
        var certificate = (XmlElement)forged.GetElementsByTagName("X509Certificate", SosiNamespaces.Ds)[0]!;
        certificate.InnerText = Convert.ToBase64String(TestSts.Trusted.RawData);

        AssertRefused(forged, SystemCard, DgwsFaultCodes.InvalidSignature);
    }

    [Fact]
    public void A_card_without_a_certificate_in_its_signature_is_refused_as_an_invalid_certificate()
    {
        var card = TestSts.Edit(_sts.ValidSystemCard(), c =>
        {
            var keyInfo = c.GetElementsByTagName("X509Data", SosiNamespaces.Ds)[0]!;
            keyInfo.ParentNode!.RemoveChild(keyInfo);
        });

        AssertRefused(card, SystemCard, DgwsFaultCodes.InvalidCertificate);
    }

    [Fact]
    public void An_unsigned_card_is_refused_as_an_invalid_signature() =>
        AssertRefused(_sts.UnsignedCard(), SystemCard, DgwsFaultCodes.InvalidSignature);

    [Fact]
    public void A_signature_referencing_anything_but_IDCard_is_refused_even_though_its_digest_is_right()
    {
        var card = _sts.WrongReferenceUri();
        Assert.True(NaiveCheck(card), "SignedXml alone accepts the partial signature; our rule must refuse it.");

        AssertRefused(card, SystemCard, DgwsFaultCodes.InvalidSignature);
    }

    [Fact]
    public void A_signature_with_an_extra_transform_is_refused_even_though_its_digest_is_right()
    {
        var card = _sts.ExtraTransform();
        Assert.True(NaiveCheck(card), "SignedXml alone accepts the extra transform; our rule must refuse it.");

        AssertRefused(card, SystemCard, DgwsFaultCodes.InvalidSignature);
    }

    [Theory]
    [InlineData("medcom:ITSystemName")]
    [InlineData("medcom:CareProviderID")]
    [InlineData("medcom:CareProviderName")]
    [InlineData("sosi:AuthenticationLevel")]
    public void A_correctly_signed_card_missing_a_required_attribute_is_refused_as_an_invalid_card(string attribute) =>
        AssertRefused(_sts.MissingAttribute(attribute), SystemCard, DgwsFaultCodes.InvalidIdCard);

    [Theory]
    [InlineData("UserCpr")]
    [InlineData("UserGivenName")]
    [InlineData("UserSurName")]
    public void A_user_card_without_the_users_cpr_or_names_is_refused_as_an_invalid_card(string missing)
    {
        var request = missing switch
        {
            "UserCpr" => _sts.UserRequest() with { UserCpr = null },
            "UserGivenName" => _sts.UserRequest() with { UserGivenName = null },
            _ => _sts.UserRequest() with { UserSurName = null },
        };

        AssertRefused(TestSts.SignedCard(request), AnyLevel3, DgwsFaultCodes.InvalidIdCard);
    }

    [Fact]
    public void A_level_3_card_is_refused_where_level_4_is_required() =>
        AssertRefused(_sts.ValidSystemCard(), new IdCardRequirements(4, IdCardTypeRequirement.Any), DgwsFaultCodes.SecurityLevelFailed);

    [Fact]
    public void A_user_card_is_refused_where_a_system_card_is_required() =>
        AssertRefused(_sts.ValidUserCard(), SystemCard, DgwsFaultCodes.SecurityLevelFailed);

    [Fact]
    public void A_system_card_is_refused_where_a_user_card_is_required() =>
        AssertRefused(_sts.ValidSystemCard(), new IdCardRequirements(3, IdCardTypeRequirement.User), DgwsFaultCodes.SecurityLevelFailed);

    [Fact]
    public void An_element_that_is_not_a_saml_assertion_is_refused_as_an_invalid_card()
    {
        var card = _sts.ValidSystemCard();

        AssertRefused((XmlElement)card.ParentNode!, SystemCard, DgwsFaultCodes.InvalidIdCard);
    }

    [Fact]
    public void Trap_1_the_lowercase_signature_id_that_SignedXml_refuses_is_handled()
    {
        var card = _sts.ValidSystemCard();
        var signature = (XmlElement)card.GetElementsByTagName("Signature", SosiNamespaces.Ds)[0]!;
        Assert.Equal("OCESSignature", signature.GetAttribute("id"));
        Assert.Equal("ds", signature.Prefix);
        Assert.Throws<CryptographicException>(() => new SignedXml(card.OwnerDocument).LoadXml(signature));

        Assert.Equal(TestSts.Cvr, _verifier.Verify(card, SystemCard).CareProviderId);
        Assert.Equal("OCESSignature", signature.GetAttribute("id"));
    }

    [Fact]
    public void Trap_2_a_forged_card_with_the_genuine_card_wrapped_beside_it_is_refused()
    {
        var forged = _sts.Wrapped();
        Assert.Equal("11111111", TestSts.Attribute(forged, "medcom:CareProviderID").InnerText);

        AssertRefused(forged, SystemCard, DgwsFaultCodes.InvalidSignature);
    }

    [Fact]
    public void Trap_2_a_document_with_two_elements_carrying_id_IDCard_is_refused_even_when_both_are_genuine() =>
        AssertRefused(_sts.DuplicatedId(), SystemCard, DgwsFaultCodes.InvalidSignature);

    [Fact]
    public void Trap_2_an_ID_attribute_elsewhere_with_the_value_IDCard_counts_as_a_duplicate()
    {
        var card = TestSts.Edit(_sts.ValidSystemCard(), c =>
        {
            var body = (XmlElement)c.OwnerDocument.GetElementsByTagName("Body", SosiNamespaces.Soap)[0]!;
            var decoy = c.OwnerDocument.CreateElement("decoy");
            decoy.SetAttribute("ID", "IDCard");
            body.AppendChild(decoy);
        });

        AssertRefused(card, SystemCard, DgwsFaultCodes.InvalidSignature);
    }

    [Fact]
    public void A_verified_card_is_not_verified_again_on_the_next_call()
    {
        var card = _sts.ValidSystemCard();
        _verifier.Verify(card, SystemCard);
        _verifier.Verify(TestSts.Reparse(card), SystemCard);
        _verifier.Verify(card, SystemCard);

        Assert.Equal(1, _verifier.SignatureVerifications);
        Assert.Equal(1, _verifier.CachedCards);
    }

    [Fact]
    public void A_cached_card_is_still_checked_against_each_operations_requirements()
    {
        var card = _sts.ValidSystemCard();
        _verifier.Verify(card, SystemCard);

        AssertRefused(card, new IdCardRequirements(4, IdCardTypeRequirement.Any), DgwsFaultCodes.SecurityLevelFailed);
        Assert.Equal(1, _verifier.SignatureVerifications);
    }

    [Fact]
    public void A_cached_card_changed_by_one_byte_is_verified_afresh_and_refused()
    {
        var card = _sts.ValidSystemCard();
        _verifier.Verify(card, SystemCard);

        var changed = TestSts.Edit(card, c =>
        {
            var name = TestSts.Attribute(c, "medcom:CareProviderName");
            name.InnerText = name.InnerText.Replace("A/S", "A/T", StringComparison.Ordinal);
        });

        AssertRefused(changed, SystemCard, DgwsFaultCodes.InvalidSignature);
        Assert.Equal(2, _verifier.SignatureVerifications);
    }

    [Fact]
    public void A_cached_card_is_refused_once_it_expires_without_being_verified_again()
    {
        var card = TestSts.SignedCard(_sts.SystemRequest(lifetime: TimeSpan.FromMinutes(30)));
        _verifier.Verify(card, SystemCard);

        _clock.Advance(TimeSpan.FromMinutes(36));

        AssertRefused(card, SystemCard, DgwsFaultCodes.ExpiredIdCard);
        Assert.Equal(1, _verifier.SignatureVerifications);
    }

    [Fact]
    public void A_refused_card_is_not_cached()
    {
        var card = _sts.Tampered();
        AssertRefused(card, SystemCard, DgwsFaultCodes.InvalidSignature);
        AssertRefused(card, SystemCard, DgwsFaultCodes.InvalidSignature);

        Assert.Equal(2, _verifier.SignatureVerifications);
        Assert.Equal(0, _verifier.CachedCards);
    }

    [Fact]
    public void An_idws_citizen_token_gives_a_citizen_token_context()
    {
        var context = _verifier.VerifyToSecurityContext(_sts.IdwsCitizenToken("0202904321"), AnyLevel3);

        Assert.Equal(CallerKind.CitizenToken, context.Kind);
        Assert.Equal("0202904321", context.UserCpr);
        Assert.Null(context.CareProviderId);
        Assert.Equal(3, context.AuthenticationLevel);
        Assert.Equal("citizen", context.IdCardType);
        Assert.Equal("https://sts.test.example/idws", context.SoapHeaders.Issuer);
    }

    [Fact]
    public void An_idws_token_states_its_holder_of_key_certificate_which_is_never_taken_as_the_sts_certificate()
    {
        var card = _verifier.Verify(_sts.IdwsCitizenToken(), AnyLevel3);

        Assert.Equal(Convert.ToBase64String(TestSts.Untrusted.RawData), card.HolderOfKeyCertificate);
    }

    [Fact]
    public void An_idws_professional_token_gives_a_user_card_context()
    {
        var context = _verifier.VerifyToSecurityContext(_sts.IdwsProfessionalToken(), new IdCardRequirements(4, IdCardTypeRequirement.User));

        Assert.Equal(CallerKind.UserCard, context.Kind);
        Assert.Equal(TestSts.UserCpr, context.UserCpr);
        Assert.Equal(TestSts.Cvr, context.Cvr);
        Assert.Equal(TestSts.OrganisationName, context.OrganisationName);
        Assert.Equal("ABC12", context.UserAuthorizationCode);
        Assert.Equal("7170", context.UserRole);
        Assert.Equal(TestSts.SystemName, context.ItSystemName);
    }

    [Fact]
    public void An_idws_citizen_token_is_refused_where_a_user_card_is_required() =>
        AssertRefused(_sts.IdwsCitizenToken(), new IdCardRequirements(3, IdCardTypeRequirement.User), DgwsFaultCodes.SecurityLevelFailed);

    [Fact]
    public void An_idws_token_whose_signature_references_another_id_is_refused() =>
        AssertRefused(_sts.IdwsTokenReferencingOtherId(), AnyLevel3, DgwsFaultCodes.InvalidSignature);

    [Fact]
    public void An_idws_token_changed_after_signing_is_refused()
    {
        var token = TestSts.Edit(_sts.IdwsCitizenToken("0202904321"), t =>
            TestSts.Attribute(t, IdwsAttributeNames.CprNumber).InnerText = "0303903333");

        AssertRefused(token, AnyLevel3, DgwsFaultCodes.InvalidSignature);
    }

    private void AssertRefused(XmlElement card, IdCardRequirements requirements, string faultCode)
    {
        var refused = Assert.Throws<IdCardRejectedException>(() => _verifier.Verify(card, requirements));
        Assert.Equal(faultCode, refused.FaultCode);
        Assert.DoesNotContain("Exception", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>What plain SignedXml would say about the card's signature, resolving references in the whole
    /// document (after dropping the lowercase id it cannot load).</summary>
    private static bool NaiveCheck(XmlElement card)
    {
        var copy = TestSts.Reparse(card);
        var signature = (XmlElement)copy.GetElementsByTagName("Signature", SosiNamespaces.Ds)[0]!;
        signature.RemoveAttribute("id");
        var signedXml = new SignedXml(copy.OwnerDocument);
        signedXml.LoadXml(signature);
        using var key = TestSts.Trusted.GetRSAPublicKey()!;
        return signedXml.CheckSignature(key);
    }
}
