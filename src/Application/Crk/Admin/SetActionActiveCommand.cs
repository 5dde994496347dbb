using MediatR;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Admin;

/// <summary>Operations (de)activate an action, e.g. to drop one that vanished from its source.</summary>
public sealed record SetActionActiveCommand(long ActionId, bool Active) : IRequest<EndpointAction>, ICrkRequest, ITransactionalRequest,
    IAuditedRequest<EndpointAction>
{
    public void DescribeRequest(AuditRecord audit) =>
        CrkAdminAudit.Context(audit, "setActionActive")
            .Set(CrkAdminAudit.ActionIdKey, AuditInformationType.NPI, CrkAdminAudit.Text(ActionId))
            .Set(CrkAdminAudit.ActiveKey, AuditInformationType.NPI, CrkAdminAudit.Text(Active));
}
