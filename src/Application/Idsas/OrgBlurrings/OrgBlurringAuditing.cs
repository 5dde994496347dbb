using Nsp.Application.Idsas.Audit;
using Nsp.Application.Shared.Audit;

namespace Nsp.Application.Idsas.OrgBlurrings;

/// <summary>The audit keys of the department operations (ADR 0021): actor-id, actor-id-source, org-id, org-id-source.</summary>
public static class OrgBlurringAuditing
{
    public static void Describe(AuditRecord audit, string context, string? orgId, string? classification)
    {
        ArgumentNullException.ThrowIfNull(audit);
        audit.Component(IdsasAudit.Component).Context(context)
            .Add(IdsasAudit.ActorId, AuditInformationType.NPI, null)
            .Add(IdsasAudit.ActorIdSource, AuditInformationType.NPI, IdsasAudit.CvrSource)
            .Add(IdsasAudit.OrgId, AuditInformationType.NPI, orgId)
            .Add(IdsasAudit.OrgIdSource, AuditInformationType.NPI, classification?.ToLowerInvariant());
    }
}
