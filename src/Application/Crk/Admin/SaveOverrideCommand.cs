using MediatR;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Admin;

/// <summary>Creates an <c>override</c> row (<paramref name="Id"/> null) or replaces every value of one.</summary>
public sealed record SaveOverrideCommand(long? Id, EndpointOverride Values) : IRequest<NodeOverride>, ICrkRequest, ITransactionalRequest,
    IAuditedRequest<NodeOverride>
{
    public void DescribeRequest(AuditRecord audit) =>
        CrkAdminAudit.Context(audit, Id is null ? "createOverride" : "updateOverride")
            .Set(CrkAdminAudit.OverrideIdKey, AuditInformationType.NPI, CrkAdminAudit.Text(Id))
            .Set(CrkAdminAudit.OverrideNameKey, AuditInformationType.NPI, Values?.Name ?? string.Empty)
            .Set(CrkAdminAudit.NodeKey, AuditInformationType.NPI, Values?.Node ?? string.Empty);

    public void DescribeResponse(AuditRecord audit, NodeOverride response)
    {
        ArgumentNullException.ThrowIfNull(response);
        CrkAdminAudit.Context(audit, Id is null ? "createOverride" : "updateOverride")
            .Set(CrkAdminAudit.OverrideIdKey, AuditInformationType.NPI, CrkAdminAudit.Text(response.Id));
    }
}
