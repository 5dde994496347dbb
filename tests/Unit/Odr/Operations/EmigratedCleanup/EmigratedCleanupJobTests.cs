using Nsp.Application.Odr.Audit;
using Nsp.Application.Odr.Operations;
using Nsp.Application.Odr.Operations.EmigratedCleanup;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Odr.Operations.EmigratedCleanup;

public sealed class EmigratedCleanupJobTests
{
    private const string Emigrated = "0101801234";
    private const string AlreadyClosed = "0202802345";
    private const string Active = "0303803456";

    [Fact]
    public async Task Active_registrations_of_emigrated_persons_are_closed_at_the_runs_time_and_each_closed_one_audited()
    {
        var queries = Substitute.For<IOdrCleanupQueries>();
        queries.ActiveCprsAfterAsync(null, 10, Arg.Any<CancellationToken>()).Returns([Emigrated, AlreadyClosed, Active]);
        queries.CloseActiveAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>()).Returns([Emigrated]);
        var persons = Substitute.For<IPersonInformationClient>();
        persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>()).Returns(
        [
            new PersonStatus(Cpr.Parse(Emigrated), CivilRegistrationStatus.Parse("80"), null),
            new PersonStatus(Cpr.Parse(AlreadyClosed), CivilRegistrationStatus.Parse("80"), null),
            new PersonStatus(Cpr.Parse(Active), CivilRegistrationStatus.Parse("01"), null),
        ]);
        var audited = new List<AuditRecord>();
        var auditLog = Substitute.For<IAuditLogWriter>();
        auditLog.When(a => a.Write(Arg.Any<AuditRecord>())).Do(c => audited.Add(c.Arg<AuditRecord>()));
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var job = new EmigratedCleanupJob(queries, persons, new OdrJobAuditWriter(auditLog, time), new OdrOperationsSettings { EmigratedBatchSize = 10 }, time);

        await job.PrepareBatchAsync(null, CancellationToken.None);
        var outcome = await job.RunBatchAsync(null, CancellationToken.None);

        Assert.Equal(JobBatchOutcome.Done(1), outcome);
        await queries.Received(1).CloseActiveAsync(
            Arg.Is<IReadOnlyCollection<string>>(c => c.SequenceEqual(new[] { Emigrated, AlreadyClosed })),
            new DateTime(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc),
            Arg.Any<CancellationToken>());
        var context = Assert.Single(audited).Components.Single(c => c.Name == OdrAudit.Component).Contexts.Single();
        Assert.Equal((OdrJobAudit.EmigratedCleanupContext, OdrJobAudit.InvalidatedCpr, Emigrated), (context.Name, context.Information.Single().Key, context.Information.Single().Value));
    }
}
