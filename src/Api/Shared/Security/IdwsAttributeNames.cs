namespace Nsp.Api.Shared.Security;

/// <summary>
/// The SAML attribute names an IDWS (OIOSAML 2.0 / DK-SAML healthcare profile) token is read by. Chosen from public
/// sources (OIOSAML's <c>dk:gov:saml:attribute:*</c>, the healthcare profile's <c>dk:healthcare:saml:attribute:*</c>,
/// X.500 OIDs for names); see ADR 0008.
/// </summary>
public static class IdwsAttributeNames
{
    /// <summary>The person's CPR: the citizen's own, or the professional user's.</summary>
    public const string CprNumber = "dk:gov:saml:attribute:CprNumberIdentifier";

    /// <summary>The organisation (care provider) the professional acts for; its presence marks a professional token.</summary>
    public const string CvrNumber = "dk:gov:saml:attribute:CvrNumberIdentifier";

    /// <summary>The NSIS/OCES assurance level as a number (3, 4): our authentication level.</summary>
    public const string AssuranceLevel = "dk:gov:saml:attribute:AssuranceLevel";

    public const string SpecVersion = "dk:gov:saml:attribute:SpecVer";

    public const string OrganisationName = "urn:oid:2.5.4.10";

    public const string Email = "urn:oid:0.9.2342.19200300.100.1.3";

    public const string UserGivenName = "dk:healthcare:saml:attribute:UserGivenName";

    public const string UserSurName = "dk:healthcare:saml:attribute:UserSurName";

    public const string UserAuthorizationCode = "dk:healthcare:saml:attribute:UserAuthorizationCode";

    /// <summary>The education code: the IDWS counterpart of DGWS <c>medcom:UserRole</c>.</summary>
    public const string UserEducationCode = "dk:healthcare:saml:attribute:UserEducationCode";

    public const string ItSystemName = "dk:healthcare:saml:attribute:ITSystemName";
}
