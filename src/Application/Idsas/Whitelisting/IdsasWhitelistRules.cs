namespace Nsp.Application.Idsas.Whitelisting;

/// <summary>The rules IDSAS requests name (<c>IRequiresWhitelist.WhitelistRule</c>): a whitelist type the caller's
/// CVR must have in <c>whitelist</c>, or <c>allowed-system:&lt;part&gt;</c>, the ITSystemName list of one part.</summary>
public static class IdsasWhitelistRules
{
    public const string AllowedSystemPrefix = "allowed-system:";

    public const string Blurring = Domain.Idsas.Whitelisting.WhitelistType.Blurring;

    public const string RegistrationPart = IdsasParts.Registration;
    public const string LookupPart = IdsasParts.Lookup;
    public const string SaltPart = IdsasParts.Salt;

    public const string AllowedForRegistration = AllowedSystemPrefix + RegistrationPart;
    public const string AllowedForLookup = AllowedSystemPrefix + LookupPart;
    public const string AllowedForSalt = AllowedSystemPrefix + SaltPart;
}
