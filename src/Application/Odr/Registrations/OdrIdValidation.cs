using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Registrations;

/// <summary>The <c>id</c> rules of every registration message (DESIGN 5.2): root, when sent, the CPR register's OID;
/// assigningAuthorityName <c>CPR</c>; an extension that is a valid CPR (4.9); known to PersonInformation (else audit <c>cpr-does-not-exist</c>); for Create
/// and Update also active (01/03/05/07, else audit <c>cpr-inactive</c>) and at least 15 years old today (Danish
/// date). Inactive persons stay readable and deletable, because transplant coordinators must read a deceased donor's
/// wish. PersonInformation is asked only about a well-formed CPR; its failure is a
/// <see cref="DependencyUnavailableException"/>, not a validation error (its client counts it in its window).</summary>
public sealed class OdrIdValidation(
    [FromKeyedServices(OdrParts.PersonInformation)] IPersonInformationClient persons,
    IAuditRecordAccessor auditRecords,
    TimeProvider time)
{
    public const string IdField = "id";
    public const string CprAuthority = "CPR";

    /// <summary>The CPR register's OID, the only <c>id/@root</c> ODR takes.</summary>
    public const string CprRoot = "1.2.208.176.1.2";

    /// <summary>What is wrong with the request's id, or nothing.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(IOdrRegistrationRequest request, bool changesRegistration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.Id;
        if (request.Root is not null && !string.Equals(request.Root, CprRoot, StringComparison.Ordinal))
        {
            return [$"id root must be {CprRoot} (CPR), not {request.Root}."];
        }

        if (!string.Equals(request.AssigningAuthorityName, CprAuthority, StringComparison.Ordinal))
        {
            return ["id must have assigningAuthorityName CPR."];
        }

        if (string.IsNullOrEmpty(id))
        {
            return ["id extension must carry the CPR number."];
        }

        if (id.Length != 10 || !Cpr.TryParse(id, out var cpr))
        {
            return ["id must be a CPR number: 10 digits, the first six a valid date (DDMMYY)."];
        }

        PersonStatus? status;
        try
        {
            status = await persons.GetStatusAsync(cpr, cancellationToken);
        }
        catch (PersonInformationUnavailableException exception)
        {
            throw new DependencyUnavailableException("PersonInformation", "PersonInformation could not be asked about id.", exception);
        }

        if (status is null)
        {
            AuditCpr(OdrAudit.CprDoesNotExist, id);
            return ["id is not a CPR number known to the CPR register."];
        }

        if (changesRegistration && !status.Status.IsActive)
        {
            AuditCpr(OdrAudit.CprInactive, id);
            return ["id is not an active person in the CPR register."];
        }

        var today = OdrToday.From(time);
        if (changesRegistration && !RegistrationRules.IsOldEnough(cpr, today))
        {
            return [$"A person must be at least {RegistrationRules.MinimumAgeYears} years old to register a decision."];
        }

        return [];
    }

    private void AuditCpr(string key, string cpr) =>
        auditRecords.Current?.Component(OdrAudit.Component).Context(OdrAudit.ValidateCprContext).Set(key, AuditInformationType.SPI, cpr);
}
