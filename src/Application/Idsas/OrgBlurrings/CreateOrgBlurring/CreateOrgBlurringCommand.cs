using MediatR;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Idsas.OrgBlurrings.CreateOrgBlurring;

/// <summary>CreateOrgBlurring (registration 20240124): BlurredOrgIdType {id, classification SOR | SHAK}; the
/// caller's CVR must be whitelisted BLURRING.</summary>
public sealed record CreateOrgBlurringCommand(string? OrgId, string? Classification)
    : IRequest<CreateOrgBlurringResult>, IIdsasRequest, IRequiresWhitelist, ITransactionalRequest,
      IAuditedRequest<CreateOrgBlurringResult>, IIdsasActorAudited
{
    public string WhitelistRule => IdsasWhitelistRules.Blurring;

    public string OperationName => "CreateOrgBlurring";

    public string AuditContext => IdsasAudit.CreateOrgBlurringContext;

    public void DescribeRequest(AuditRecord audit) => OrgBlurringAuditing.Describe(audit, AuditContext, OrgId, Classification);
}
