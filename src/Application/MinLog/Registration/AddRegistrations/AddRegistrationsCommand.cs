using MediatR;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.MinLog.Registration.AddRegistrations;

/// <summary>AddRegistrations (MinLog2 registration 20250312): 1..n entries, each judged on its own. Callers' CVRs must
/// be in <c>whitelist_config</c> under <c>dk.nsi.minlog.registration</c>. Not a unit-of-work request: the store owns
/// its transaction so that <c>Minlog.log</c> is written only after the commit.</summary>
public sealed record AddRegistrationsCommand(IReadOnlyList<LogDataEntryMessage> Entries)
    : IRequest<AddRegistrationsResult>, IMinLogRequest, IRequiresWhitelist, IAuditedRequest<AddRegistrationsResult>
{
    public string WhitelistRule => MinLogRegistrationKeys.WhitelistServiceKey;

    public string OperationName => MinLogRegistrationKeys.Operation;

    public void DescribeRequest(AuditRecord audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var context = audit.Component(MinLogRegistrationAudit.Component).Context(MinLogRegistrationAudit.AddRegistrationsContext);
        context.Set(MinLogRegistrationAudit.Entries, AuditInformationType.NPI, Entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        context.AddValues(
            MinLogRegistrationAudit.PersonIdentifiers,
            AuditInformationType.RPI,
            Entries.Select(e => e.PersonIdentifier).OfType<string>().Distinct(StringComparer.Ordinal));
        context.AddValues(
            MinLogRegistrationAudit.SystemNames,
            AuditInformationType.NPI,
            Entries.Select(e => e.SystemName).OfType<string>().Distinct(StringComparer.Ordinal));
    }

    public void DescribeResponse(AuditRecord audit, AddRegistrationsResult response)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(response);
        var context = audit.Component(MinLogRegistrationAudit.Component).Context(MinLogRegistrationAudit.AddRegistrationsContext);
        context.Set(MinLogRegistrationAudit.NumberAdded, AuditInformationType.NPI, response.NumberAdded.ToString(System.Globalization.CultureInfo.InvariantCulture));
        context.Set(MinLogRegistrationAudit.NumberFailed, AuditInformationType.NPI, response.NumberFailed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        context.AddValues(MinLogRegistrationAudit.FaultCodes, AuditInformationType.NPI, response.Failed.Select(f => f.FaultCode).Distinct(StringComparer.Ordinal));
    }
}
