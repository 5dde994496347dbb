using Nsp.Application.Shared.Pipeline;
using Nsp.Application.Shared.Security;

namespace Nsp.Application.Idsas.Whitelisting;

/// <summary>IDSAS's whitelists for the pipeline: a whitelist type (BLURRING) is checked against the caller's CVR,
/// which must come from a card naming it in cvrnumber format; <c>allowed-system:&lt;part&gt;</c> against the part's
/// ITSystemName list. Messages say what the caller lacks, nothing about the request.</summary>
public sealed class IdsasWhitelistAuthority(IWhitelistRepository whitelist, IEnumerable<IdsasAllowedSystems> allowedSystems)
    : IWhitelistAuthority
{
    private readonly IdsasAllowedSystems[] _allowedSystems = [.. allowedSystems];

    public async Task<string?> RefusalAsync(string rule, string operationName, SecurityContext caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(caller);
        if (rule.StartsWith(IdsasWhitelistRules.AllowedSystemPrefix, StringComparison.Ordinal))
        {
            var part = rule[IdsasWhitelistRules.AllowedSystemPrefix.Length..];
            var list = Array.Find(_allowedSystems, a => a.Part == part);
            if (list is null)
            {
                return $"{operationName} is not served here: no allowed systems are configured for {part}.";
            }

            return list.Allows(caller.ItSystemName)
                ? null
                : $"The calling system is not allowed to call {operationName} (idsas.allowed.client.system.name of {part}).";
        }

        if (caller.Cvr is not { } cvr)
        {
            return $"{operationName} requires an ID card whose CareProviderID is a CVR number (NameFormat medcom:cvrnumber).";
        }

        return await whitelist.IsListedAsync(cvr, rule, cancellationToken)
            ? null
            : $"The caller's CVR is not whitelisted for {operationName} (whitelist type {rule}).";
    }
}
