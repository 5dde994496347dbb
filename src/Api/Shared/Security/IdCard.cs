using System.Xml;
using Nsp.Application.Shared.Security;

namespace Nsp.Api.Shared.Security;

/// <summary>
/// A parsed ID card: a DGWS SOSI card (system or user) or an IDWS SAML 2.0 token, with the values it states.
/// <see cref="Parse"/> reads a card without checking its signature; only <see cref="IdCardVerifier"/> hands out cards
/// whose values can be trusted.
/// </summary>
public sealed record IdCard
{
    public required IdCardFormat Format { get; init; }

    public required IdCardKind Kind { get; init; }

    /// <summary>The assertion's own id: <c>IDCard</c> for DGWS, the SAML <c>ID</c> for IDWS.</summary>
    public required string AssertionId { get; init; }

    public required DateTimeOffset IssueInstant { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset NotOnOrAfter { get; init; }

    public string? Issuer { get; init; }

    public string? NameId { get; init; }

    /// <summary>The NameID <c>Format</c>, e.g. <c>medcom:cvrnumber</c>.</summary>
    public string? NameIdFormat { get; init; }

    /// <summary>sosi:IDCardID (DGWS); the assertion ID for IDWS.</summary>
    public string? IdCardId { get; init; }

    public string? IdCardVersion { get; init; }

    /// <summary>sosi:IDCardType as stated (<c>system</c> | <c>user</c>); for IDWS derived from <see cref="Kind"/>.</summary>
    public required string IdCardType { get; init; }

    public required int AuthenticationLevel { get; init; }

    public string? OcesCertHash { get; init; }

    /// <summary>The user's CPR; for a citizen token the citizen's CPR.</summary>
    public string? UserCpr { get; init; }

    public string? UserGivenName { get; init; }

    public string? UserSurName { get; init; }

    public string? UserEmailAddress { get; init; }

    public string? UserRole { get; init; }

    public string? UserAuthorizationCode { get; init; }

    public string? UserOccupation { get; init; }

    public string? ItSystemName { get; init; }

    public string? CareProviderId { get; init; }

    /// <summary>The CareProviderID's <c>NameFormat</c>, usually <c>medcom:cvrnumber</c>.</summary>
    public string? CareProviderIdFormat { get; init; }

    public string? CareProviderName { get; init; }

    /// <summary>IDWS holder-of-key: the base64 DER certificate in <c>SubjectConfirmationData/ds:KeyInfo</c>, whose
    /// key must have signed the message (the gateway checks that against the message signature).</summary>
    public string? HolderOfKeyCertificate { get; init; }

    /// <summary>When the trusted STS certificate that signed the card stops being valid; set by the verifier, so a
    /// cached card is refused once its signer has expired.</summary>
    public DateTimeOffset? SignerNotAfter { get; init; }

    /// <summary>Reads a <c>saml:Assertion</c> (DGWS when it has a lowercase <c>id</c>, IDWS when it has <c>ID</c>).</summary>
    /// <exception cref="IdCardRejectedException"><c>invalid_idcard</c>: malformed or a required attribute missing.</exception>
    public static IdCard Parse(XmlElement assertion) => IdCardParser.Parse(assertion);

    /// <summary>True when <paramref name="now"/> lies in [NotBefore - skew, NotOnOrAfter + skew).</summary>
    public bool IsValidAt(DateTimeOffset now, TimeSpan clockSkew) =>
        NotBefore <= now + clockSkew && now - clockSkew < NotOnOrAfter;

    /// <summary>The caller's identity for the pipeline. The card's Issuer and NameID replace those of
    /// <paramref name="headers"/> (the card is verified; the rest of the headers come from the gateway).</summary>
    public SecurityContext ToSecurityContext(SoapHeaderValues? headers = null) => new()
    {
        Kind = Kind switch
        {
            IdCardKind.System => CallerKind.SystemCard,
            IdCardKind.User => CallerKind.UserCard,
            _ => CallerKind.CitizenToken,
        },
        CareProviderId = CareProviderId,
        CareProviderIdFormat = CareProviderIdFormat,
        OrganisationName = CareProviderName,
        ItSystemName = ItSystemName,
        UserCpr = UserCpr,
        UserGivenName = UserGivenName,
        UserSurName = UserSurName,
        UserRole = UserRole,
        UserAuthorizationCode = UserAuthorizationCode,
        UserOccupation = UserOccupation,
        AuthenticationLevel = AuthenticationLevel,
        IdCardId = IdCardId,
        IdCardType = IdCardType,
        IdCardVersion = IdCardVersion,
        SoapHeaders = (headers ?? SoapHeaderValues.None) with { Issuer = Issuer, NameId = NameId },
    };
}
