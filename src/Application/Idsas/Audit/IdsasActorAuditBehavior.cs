using MediatR;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Security;

namespace Nsp.Application.Idsas.Audit;

/// <summary>Sets <c>actor-id</c> (the caller's CVR, or its CareProviderID when that is not in cvrnumber format) and
/// <c>actor-id-source</c> (<c>cvr</c>) in the request's audit context. Placed right after the audit behaviour.</summary>
public sealed class IdsasActorAuditBehavior<TRequest, TResponse>(IAuditRecordAccessor auditRecords, ISecurityContextAccessor securityContext)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request is IIdsasActorAudited audited && auditRecords.Current is { } record && securityContext.HasContext)
        {
            var caller = securityContext.Current;
            record.Component(IdsasAudit.Component).Context(audited.AuditContext)
                .Set(IdsasAudit.ActorId, AuditInformationType.NPI, caller.Cvr ?? caller.CareProviderId)
                .Set(IdsasAudit.ActorIdSource, AuditInformationType.NPI, IdsasAudit.CvrSource);
        }

        return next();
    }
}
