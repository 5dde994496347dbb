using MediatR;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Admin;

/// <summary>Operations set (true/false) or clear (null) an action's <c>proxyoverride</c>.</summary>
public sealed record SetProxyOverrideCommand(long ActionId, bool? ProxyOverride) : IRequest<EndpointAction>, ICrkRequest, ITransactionalRequest,
    IAuditedRequest<EndpointAction>
{
    public void DescribeRequest(AuditRecord audit) =>
        CrkAdminAudit.Context(audit, "setProxyOverride")
            .Set(CrkAdminAudit.ActionIdKey, AuditInformationType.NPI, CrkAdminAudit.Text(ActionId))
            .Set(CrkAdminAudit.ProxyOverrideKey, AuditInformationType.NPI, CrkAdminAudit.Text(ProxyOverride));
}
