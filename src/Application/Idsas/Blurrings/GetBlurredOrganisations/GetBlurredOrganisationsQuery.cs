using MediatR;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;

/// <summary>GetBlurredOrganisations (lookup 20230601 and 20240124): which organisations (CVR) blur their staff
/// towards the citizen now. Only for systems in lookup's <c>idsas.allowed.client.system.name</c>.</summary>
/// <param name="PatientId">PatientID.id: a CPR without hyphen.</param>
public sealed record GetBlurredOrganisationsQuery(string? PatientId)
    : IRequest<GetBlurredOrganisationsResult>, IIdsasRequest, IRequiresWhitelist, IAuditedRequest<GetBlurredOrganisationsResult>
{
    public string WhitelistRule => IdsasWhitelistRules.AllowedForLookup;

    public string OperationName => "GetBlurredOrganisations";

    public void DescribeRequest(AuditRecord audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        audit.Component(IdsasAudit.Component).Context(IdsasAudit.GetBlurredOrganisationsContext)
            .Add(IdsasAudit.PatientId, AuditInformationType.RPI, PatientId)
            .Add(IdsasAudit.PatientIdSource, AuditInformationType.RPI, IdsasAudit.CprSource);
    }

    /// <summary>active-blurrings-found is written only here, once the lookup ran: a refused call's line lacks it
    /// rather than claiming nothing was found.</summary>
    public void DescribeResponse(AuditRecord audit, GetBlurredOrganisationsResult response)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(response);
        audit.Component(IdsasAudit.Component).Context(IdsasAudit.GetBlurredOrganisationsContext)
            .Set(IdsasAudit.ActiveBlurringsFound, AuditInformationType.RPI, response.OrganisationCvrs.Count > 0 ? "true" : "false");
    }
}
