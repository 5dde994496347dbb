using MediatR;
using Nsp.Application.Shared.Audit;

namespace Nsp.Application.Crk.Admin;

/// <summary>Every version of a configId (all configIds when null) with its actions, newest first.</summary>
public sealed record ListEndpointVersionsQuery(string? ConfigId) : IRequest<IReadOnlyList<EndpointVersionDetails>>, ICrkRequest,
    IAuditedRequest<IReadOnlyList<EndpointVersionDetails>>
{
    public void DescribeRequest(AuditRecord audit) =>
        CrkAdminAudit.Context(audit, "listVersions").Set(CrkAdminAudit.ConfigIdKey, AuditInformationType.NPI, ConfigId ?? string.Empty);
}
