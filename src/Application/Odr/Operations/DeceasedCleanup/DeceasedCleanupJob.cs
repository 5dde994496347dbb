using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Odr.Operations.DeceasedCleanup;

/// <summary>Deletes all data of persons dead for <c>deletion.save.deceased</c> (the wait covers deaths that are later
/// reversed), walking the CPRs with data (<see cref="PersonStatusSweepJob"/>). A death without a date is kept.</summary>
public sealed class DeceasedCleanupJob(
    IOdrCleanupQueries queries,
    [FromKeyedServices(OdrParts.PersonInformation)] IPersonInformationClient persons,
    OdrJobAuditWriter audit,
    OdrOperationsSettings settings,
    TimeProvider time) : PersonStatusSweepJob(persons)
{
    private DateOnly? _deadSince;

    public override string Name => OdrJobNames.DeceasedCleanup;

    protected override int BatchSize => settings.DeceasedBatchSize;

    protected override int PersonInformationBatchSize => settings.DeceasedPersonInformationBatchSize;

    protected override Task<IReadOnlyList<string>> CprsAfterAsync(string? cursor, int count, CancellationToken cancellationToken)
    {
        _deadSince = settings.DeceasedSavePeriod.SubtractFrom(OdrToday.From(time));
        return queries.CprsWithDataAfterAsync(cursor, count, cancellationToken);
    }

    protected override bool Selects(PersonStatus status) =>
        status.Status.IsDead && status.StatusStartDate is { } died && died <= _deadSince;

    protected override async Task<int> ActAsync(IReadOnlyList<string> cprs, CancellationToken cancellationToken)
    {
        await queries.DeleteAllDataAsync(cprs, cancellationToken);
        audit.WriteEach(OdrJobAudit.DeceasedCleanupContext, OdrJobAudit.DeletedCpr, cprs);
        return cprs.Count;
    }
}
