namespace Nsp.Infrastructure.Odr.Configuration;

/// <summary>ODR's property files and keys. <c>odr.properties</c> and its key are ours (ADR 0030): the seed names no
/// file for the web service's own settings, and <c>operations.properties</c> is the clients' file that both parts read.</summary>
public static class OdrPropertyKeys
{
    /// <summary><c>odr.properties</c>: the odr part's own settings.</summary>
    public const string OdrFile = "odr";

    public const string AdminAllowedClientSystemName = "odr.admin.allowed.client.system.name";
}
