using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Security;

namespace Nsp.Application.Odr.Access;

/// <summary>Applies <see cref="OdrAccessMatrix"/> to every ODR request before validation (an unauthorised caller
/// learns nothing about field rules), after writing <c>actor-type</c>, <c>actor-cvr</c> and
/// <c>actor-authorization-code</c> into the request's audit context, so refusals name their caller too. Placed
/// right after the audit behaviour. The matrix is resolved only for ODR requests, so a process serving another
/// service's requests needs no ODR settings.</summary>
public sealed class OdrAccessBehavior<TRequest, TResponse>(
    IServiceProvider services, IAuditRecordAccessor auditRecords, ISecurityContextAccessor securityContext)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request is not IOdrAccessControlled controlled)
        {
            return next();
        }

        var caller = securityContext.Current;
        var decision = services.GetRequiredService<OdrAccessMatrix>().Decide(controlled.Operation, caller, controlled.Id, controlled.Admin);
        auditRecords.Current?.Component(OdrAudit.Component).Context(controlled.AuditContext)
            .Set(OdrAudit.ActorType, AuditInformationType.NPI, decision.Actor?.ToAuditText())
            .Set(OdrAudit.ActorCvr, AuditInformationType.NPI, caller.Cvr)
            .Set(OdrAudit.ActorAuthorizationCode, AuditInformationType.NPI, caller.UserAuthorizationCode);
        if (decision.Refusal is not null)
        {
            throw new NotAuthorizedException(decision.Refusal);
        }

        return next();
    }
}
