namespace Nsp.Api.Shared.Security;

/// <summary>DGWS SOSI ID card (<c>id="IDCard"</c>, <c>sosi:</c>/<c>medcom:</c> attributes) or IDWS SAML 2.0 token
/// (<c>ID</c> attribute, OIOSAML and <c>dk:healthcare:saml:attribute:*</c> attributes).</summary>
public enum IdCardFormat
{
    Dgws,
    Idws,
}
