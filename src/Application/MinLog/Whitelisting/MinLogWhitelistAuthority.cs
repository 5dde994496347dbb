using Nsp.Application.Shared.Pipeline;
using Nsp.Application.Shared.Security;

namespace Nsp.Application.MinLog.Whitelisting;

/// <summary>MinLog's whitelists for the pipeline: a request's rule is a <c>whitelist_config.service_key</c>
/// (<c>dk.nsi.minlog.registration</c>, <c>minlogws</c>) that the caller's CVR, from a card naming it in cvrnumber
/// format, must be listed under. Messages say what the caller lacks, nothing about the request.</summary>
public sealed class MinLogWhitelistAuthority(IWhitelistConfigQueries whitelist) : IWhitelistAuthority
{
    public async Task<string?> RefusalAsync(string rule, string operationName, SecurityContext caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Cvr is not { } cvr)
        {
            return $"{operationName} requires an ID card whose CareProviderID is a CVR number (NameFormat medcom:cvrnumber).";
        }

        return await whitelist.IsListedAsync(rule, cvr, cancellationToken)
            ? null
            : $"The caller's CVR is not whitelisted for {operationName} (whitelist_config service_key {rule}).";
    }
}
