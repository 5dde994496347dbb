using Nsp.Application.Odr.Audit;
using Nsp.Application.Odr.Operations;
using Nsp.Application.Odr.Operations.DeceasedCleanup;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using Nsp.Domain.Shared.Time;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Odr.Operations.DeceasedCleanup;

public sealed class DeceasedCleanupJobTests
{
    // Today (Danish) is 25 November 2026; with twelve months, deaths on or before 25 November 2025 are deleted.
    private const string DeadLongAgo = "0101501234";
    private const string DeadOnTheLimit = "0202602345";
    private const string DeadRecently = "0303703456";
    private const string DeadUndated = "0404704567";

    private readonly IOdrCleanupQueries _queries = Substitute.For<IOdrCleanupQueries>();
    private readonly IPersonInformationClient _persons = Substitute.For<IPersonInformationClient>();
    private readonly List<AuditRecord> _audited = [];

    [Fact]
    public async Task All_data_of_persons_dead_for_the_save_period_is_deleted_and_each_cpr_audited()
    {
        _queries.CprsWithDataAfterAsync(null, 10, Arg.Any<CancellationToken>()).Returns([DeadLongAgo, DeadOnTheLimit, DeadRecently, DeadUndated]);
        _persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>()).Returns(
        [
            new PersonStatus(Cpr.Parse(DeadLongAgo), CivilRegistrationStatus.Parse("90"), new DateOnly(2020, 1, 1)),
            new PersonStatus(Cpr.Parse(DeadOnTheLimit), CivilRegistrationStatus.Parse("90"), new DateOnly(2025, 11, 25)),
            new PersonStatus(Cpr.Parse(DeadRecently), CivilRegistrationStatus.Parse("90"), new DateOnly(2025, 11, 26)),
            new PersonStatus(Cpr.Parse(DeadUndated), CivilRegistrationStatus.Parse("90"), null),
        ]);
        var auditLog = Substitute.For<IAuditLogWriter>();
        auditLog.When(a => a.Write(Arg.Any<AuditRecord>())).Do(c => _audited.Add(c.Arg<AuditRecord>()));
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var job = new DeceasedCleanupJob(
            _queries, _persons, new OdrJobAuditWriter(auditLog, time),
            new OdrOperationsSettings { DeceasedBatchSize = 10, DeceasedSavePeriod = IsoPeriod.FromMonths(12) }, time);

        await job.PrepareBatchAsync(null, CancellationToken.None);
        var outcome = await job.RunBatchAsync(null, CancellationToken.None);

        Assert.Equal(JobBatchOutcome.Done(2), outcome);
        await _queries.Received(1).DeleteAllDataAsync(
            Arg.Is<IReadOnlyCollection<string>>(c => c.SequenceEqual(new[] { DeadLongAgo, DeadOnTheLimit })), Arg.Any<CancellationToken>());
        Assert.Equal(
            [(OdrJobAudit.DeceasedCleanupContext, OdrJobAudit.DeletedCpr, DeadLongAgo), (OdrJobAudit.DeceasedCleanupContext, OdrJobAudit.DeletedCpr, DeadOnTheLimit)],
            _audited.Select(r => r.Components.Single(c => c.Name == OdrAudit.Component).Contexts.Single())
                .Select(c => (c.Name, c.Information.Single().Key, c.Information.Single().Value)));
    }
}
