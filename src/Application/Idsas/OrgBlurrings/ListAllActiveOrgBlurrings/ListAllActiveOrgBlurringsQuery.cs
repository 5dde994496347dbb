using MediatR;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Idsas.OrgBlurrings.ListAllActiveOrgBlurrings;

/// <summary>ListAllActiveOrgBlurrings (registration 20240124): every blurred department, for the systems in
/// registration's <c>idsas.allowed.client.system.name</c> (the STS and DRG).</summary>
public sealed record ListAllActiveOrgBlurringsQuery()
    : IRequest<ListAllActiveOrgBlurringsResult>, IIdsasRequest, IRequiresWhitelist,
      IAuditedRequest<ListAllActiveOrgBlurringsResult>, IIdsasActorAudited
{
    public string WhitelistRule => IdsasWhitelistRules.AllowedForRegistration;

    public string OperationName => "ListAllActiveOrgBlurrings";

    public string AuditContext => IdsasAudit.ListAllActiveOrgBlurringsContext;

    public void DescribeRequest(AuditRecord audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        audit.Component(IdsasAudit.Component).Context(AuditContext)
            .Add(IdsasAudit.ActorId, AuditInformationType.NPI, null)
            .Add(IdsasAudit.ActorIdSource, AuditInformationType.NPI, IdsasAudit.CvrSource)
            .Add(IdsasAudit.OrgBlurringsFound, AuditInformationType.NPI, null);
    }

    public void DescribeResponse(AuditRecord audit, ListAllActiveOrgBlurringsResult response)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(response);
        audit.Component(IdsasAudit.Component).Context(AuditContext)
            .Set(IdsasAudit.OrgBlurringsFound, AuditInformationType.NPI, response.OrgBlurrings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
