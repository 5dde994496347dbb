using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.MinLog.Whitelisting;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Security;
using Nsp.Domain.MinLog.Whitelisting;

namespace Nsp.Application.MinLog.Lookup;

/// <summary>Who may read a citizen's log (DESIGN 5.4 "Citizen query"): the citizen with their own IDWS token, for
/// their own CPR only; or a system whose ID card names a CVR (CareProviderID in <c>medcom:cvrnumber</c>) listed in
/// <c>whitelist_config</c> under <c>minlogws</c>. Runs right after the whitelist behaviour, before validation, so a
/// refused caller learns nothing about field rules; writes <c>actor-type</c> and <c>actor-cvr</c> first, so
/// refusals name their caller in the audit line.</summary>
public sealed class MinLogLookupAccessBehavior<TRequest, TResponse>(
    IServiceProvider services, IAuditRecordAccessor auditRecords, ISecurityContextAccessor securityContext)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request is not IMinLogLookupRequest lookup)
        {
            return await next();
        }

        var caller = securityContext.Current;
        bool citizen = caller.Kind == CallerKind.CitizenToken;
        auditRecords.Current?.Component(MinLogLookupAudit.Component).Context(MinLogLookupAudit.Context)
            .Set(MinLogLookupAudit.ActorType, AuditInformationType.NPI, citizen ? MinLogLookupAudit.CitizenActor : MinLogLookupAudit.SystemActor)
            .Set(MinLogLookupAudit.ActorCvr, AuditInformationType.NPI, caller.Cvr);
        string? refusal = citizen ? CitizenRefusal(caller, lookup) : await SystemRefusalAsync(caller, cancellationToken);
        if (refusal is not null)
        {
            throw new NotAuthorizedException(refusal);
        }

        return await next();
    }

    private static string? CitizenRefusal(SecurityContext caller, IMinLogLookupRequest lookup) =>
        !string.IsNullOrEmpty(caller.UserCpr) && string.Equals(caller.UserCpr, lookup.CprNr, StringComparison.Ordinal)
            ? null
            : "A citizen may list only their own log statements (cprNR must be the token's CPR number).";

    private async Task<string?> SystemRefusalAsync(SecurityContext caller, CancellationToken cancellationToken)
    {
        if (caller.Kind is not (CallerKind.SystemCard or CallerKind.UserCard))
        {
            return "ListLogStatements is not available to this kind of caller.";
        }

        if (caller.Cvr is not { } cvr)
        {
            return "ListLogStatements requires an ID card whose CareProviderID is a CVR number (medcom:cvrnumber).";
        }

        // Resolved here, not injected: the behaviour wraps every service's requests, and only MinLog's process has it.
        var whitelist = services.GetRequiredService<IWhitelistConfigQueries>();
        return await whitelist.IsListedAsync(WhitelistConfigEntry.LookupServiceKey, cvr, cancellationToken)
            ? null
            : $"The caller's CVR is not whitelisted for ListLogStatements (whitelist_config, service_key {WhitelistConfigEntry.LookupServiceKey}).";
    }
}
