namespace Nsp.Api.Shared.Soap;

/// <summary>How an endpoint's callers prove who they are.</summary>
public enum SoapSecurity
{
    /// <summary>A SOSI ID card (<c>saml:Assertion id="IDCard"</c>) in <c>wsse:Security</c>.</summary>
    Dgws,

    /// <summary>An OIOSAML 2.0 holder-of-key token in <c>wsse:Security</c>, with WS-Addressing; the message must be
    /// signed with the token's holder-of-key certificate.</summary>
    Idws,

    /// <summary>Either: a DGWS ID card, or an IDWS token whose holder-of-key signed the message (as with
    /// <see cref="Idws"/>). For a service that one URL serves to professionals (DGWS) and citizens (IDWS), as ODR's
    /// <c>/odr/odr</c>; the token's format decides which checks apply.</summary>
    DgwsOrIdws,

    /// <summary>No ID card at all. Only for endpoints that explicitly opt out (DROS's <c>iti42noDgws</c>); the handler
    /// then runs without a <see cref="Nsp.Application.Shared.Security.SecurityContext"/>.</summary>
    None,
}
