using MediatR;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Idsas.Blurrings.CreateBlurring;

/// <summary>CreateBlurring (registration 20230601): the caller's organisation (its CVR from the ID card) blurs its
/// staff towards the citizen until <see cref="EndDateTime"/>.</summary>
/// <param name="PatientId">PatientID.id: a CPR without hyphen (classification CPR).</param>
/// <param name="EndDateTime">endDateTime; an instant (the SOAP layer reads an offset-less time as Danish time).</param>
public sealed record CreateBlurringCommand(string? PatientId, DateTimeOffset? EndDateTime)
    : IRequest<CreateBlurringResult>, IIdsasRequest, IRequiresWhitelist, ITransactionalRequest,
      IAuditedRequest<CreateBlurringResult>, IIdsasActorAudited
{
    public string WhitelistRule => IdsasWhitelistRules.Blurring;

    public string OperationName => "CreateBlurring";

    public string AuditContext => IdsasAudit.CreateBlurringContext;

    public void DescribeRequest(AuditRecord audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        audit.Component(IdsasAudit.Component).Context(IdsasAudit.CreateBlurringContext)
            .Add(IdsasAudit.PatientId, AuditInformationType.RPI, PatientId)
            .Add(IdsasAudit.PatientIdSource, AuditInformationType.RPI, IdsasAudit.CprSource)
            .Add(IdsasAudit.HashedPatientId, AuditInformationType.RPI, null)
            .Add(IdsasAudit.ActorId, AuditInformationType.NPI, null)
            .Add(IdsasAudit.ActorIdSource, AuditInformationType.NPI, IdsasAudit.CvrSource)
            .Add(IdsasAudit.ExpiryDateTime, AuditInformationType.NPI, EndDateTime?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }

    public void DescribeResponse(AuditRecord audit, CreateBlurringResult response)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(response);
        audit.Component(IdsasAudit.Component).Context(IdsasAudit.CreateBlurringContext)
            .Set(IdsasAudit.HashedPatientId, AuditInformationType.RPI, response.PatientIdHashed);
    }
}
