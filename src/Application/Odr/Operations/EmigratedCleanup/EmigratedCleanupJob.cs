using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Operations.EmigratedCleanup;

/// <summary>Closes the active registration (validto = the run's time) of every person PersonInformation reports as
/// emigrated (status 80), walking the CPRs with an active registration (<see cref="PersonStatusSweepJob"/>); the
/// history stays.</summary>
public sealed class EmigratedCleanupJob(
    IOdrCleanupQueries queries,
    [FromKeyedServices(OdrParts.PersonInformation)] IPersonInformationClient persons,
    OdrJobAuditWriter audit,
    OdrOperationsSettings settings,
    TimeProvider time) : PersonStatusSweepJob(persons)
{
    public override string Name => OdrJobNames.EmigratedCleanup;

    protected override int BatchSize => settings.EmigratedBatchSize;

    protected override int PersonInformationBatchSize => settings.EmigratedPersonInformationBatchSize;

    protected override Task<IReadOnlyList<string>> CprsAfterAsync(string? cursor, int count, CancellationToken cancellationToken) =>
        queries.ActiveCprsAfterAsync(cursor, count, cancellationToken);

    protected override bool Selects(PersonStatus status) => status.Status.Meaning == CivilRegistrationMeaning.Emigrated;

    protected override async Task<int> ActAsync(IReadOnlyList<string> cprs, CancellationToken cancellationToken)
    {
        var closed = await queries.CloseActiveAsync(cprs, time.GetUtcNow().UtcDateTime, cancellationToken);
        audit.WriteEach(OdrJobAudit.EmigratedCleanupContext, OdrJobAudit.InvalidatedCpr, closed);
        return closed.Count;
    }
}
