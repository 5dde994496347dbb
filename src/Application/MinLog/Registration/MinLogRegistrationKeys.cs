using Nsp.Domain.MinLog.Whitelisting;

namespace Nsp.Application.MinLog.Registration;

/// <summary>The <c>whitelist_config.service_key</c> of MinLog's registration service (seed 003).</summary>
public static class MinLogRegistrationKeys
{
    public const string WhitelistServiceKey = WhitelistConfigEntry.RegistrationServiceKey;

    public const string Operation = "AddRegistrations";
}
