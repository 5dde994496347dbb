using MediatR;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Idsas.Salts.GetCurrentSalt;

/// <summary>GetCurrentSalt (salt 20230601, no parameters): the newest salt in base64, for systems in salt's
/// <c>idsas.allowed.client.system.name</c>.</summary>
public sealed record GetCurrentSaltQuery()
    : IRequest<GetCurrentSaltResult>, IIdsasRequest, IRequiresWhitelist, IAuditedRequest<GetCurrentSaltResult>, IIdsasActorAudited
{
    public string WhitelistRule => IdsasWhitelistRules.AllowedForSalt;

    public string OperationName => "GetCurrentSalt";

    public string AuditContext => IdsasAudit.GetCurrentSaltContext;

    public void DescribeRequest(AuditRecord audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        audit.Component(IdsasAudit.Component).Context(AuditContext)
            .Add(IdsasAudit.ActorId, AuditInformationType.NPI, null)
            .Add(IdsasAudit.ActorIdSource, AuditInformationType.NPI, IdsasAudit.CvrSource)
            .Add(IdsasAudit.Base64EncodedSalt, AuditInformationType.NPI, null);
    }

    public void DescribeResponse(AuditRecord audit, GetCurrentSaltResult response)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(response);
        audit.Component(IdsasAudit.Component).Context(AuditContext)
            .Set(IdsasAudit.Base64EncodedSalt, AuditInformationType.NPI, response.Base64Salt);
    }
}
