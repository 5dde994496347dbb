using MediatR;
using Nsp.Application.Shared.Audit;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Admin;

/// <summary>Every <c>override</c> row.</summary>
public sealed record ListOverridesQuery : IRequest<IReadOnlyList<NodeOverride>>, ICrkRequest, IAuditedRequest<IReadOnlyList<NodeOverride>>
{
    public void DescribeRequest(AuditRecord audit) => CrkAdminAudit.Context(audit, "listOverrides");
}
