namespace Nsp.Domain.Idsas.Whitelisting;

/// <summary>The whitelist types of the newest seed: one, BLURRING (a CVR that may create and remove blurrings).</summary>
public static class WhitelistType
{
    public const string Blurring = "BLURRING";

    public const int MaxLength = 30;
}
