using MediatR;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Idsas.OrgBlurrings.RemoveOrgBlurring;

/// <summary>RemoveOrgBlurring (registration 20240124): BlurredOrgIdType {id, classification SOR | SHAK}; the
/// caller's CVR must be whitelisted BLURRING.</summary>
public sealed record RemoveOrgBlurringCommand(string? OrgId, string? Classification)
    : IRequest<RemoveOrgBlurringResult>, IIdsasRequest, IRequiresWhitelist, ITransactionalRequest,
      IAuditedRequest<RemoveOrgBlurringResult>, IIdsasActorAudited
{
    public string WhitelistRule => IdsasWhitelistRules.Blurring;

    public string OperationName => "RemoveOrgBlurring";

    public string AuditContext => IdsasAudit.RemoveOrgBlurringContext;

    public void DescribeRequest(AuditRecord audit) => OrgBlurringAuditing.Describe(audit, AuditContext, OrgId, Classification);
}
