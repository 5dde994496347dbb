using MediatR;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Crk.Admin;

/// <summary>Deletes an <c>override</c> row.</summary>
public sealed record DeleteOverrideCommand(long Id) : IRequest<Unit>, ICrkRequest, ITransactionalRequest, IAuditedRequest<Unit>
{
    public void DescribeRequest(AuditRecord audit) =>
        CrkAdminAudit.Context(audit, "deleteOverride").Set(CrkAdminAudit.OverrideIdKey, AuditInformationType.NPI, CrkAdminAudit.Text(Id));
}
