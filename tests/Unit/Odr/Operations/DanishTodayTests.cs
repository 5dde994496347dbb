using Nsp.Application.Odr;
using Nsp.Application.Odr.Operations;
using Nsp.Application.Odr.Operations.DeceasedCleanup;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using Nsp.Domain.Shared.Time;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Odr.Operations;

/// <summary>ODR counts days by the Danish calendar (the CPR register's dates are Danish): just after Danish midnight,
/// when the nightly cron starts the jobs, the UTC date is still yesterday.</summary>
public sealed class DanishTodayTests
{
    // 00:30 on 1 July 2026 in Copenhagen (CEST, UTC+2); still 30 June in UTC.
    private static readonly DateTimeOffset AfterDanishMidnight = new(2026, 6, 30, 22, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Today_is_the_danish_date_not_the_utc_date()
    {
        Assert.Equal(new DateOnly(2026, 7, 1), OdrToday.From(new ManualTimeProvider(AfterDanishMidnight)));
        Assert.Equal(new DateOnly(2026, 1, 1), OdrToday.From(new ManualTimeProvider(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero))));
        Assert.Equal(new DateOnly(2026, 6, 30), OdrToday.From(new ManualTimeProvider(new DateTimeOffset(2026, 6, 30, 21, 59, 0, TimeSpan.Zero))));
    }

    [Fact]
    public async Task Deceased_cleanup_after_danish_midnight_deletes_a_person_dead_twelve_months_by_the_danish_date()
    {
        var cpr = Cpr.Parse("0101404321");
        var queries = Substitute.For<IOdrCleanupQueries>();
        queries.CprsWithDataAfterAsync(null, 10, Arg.Any<CancellationToken>()).Returns([cpr.ToString()]);
        var persons = Substitute.For<IPersonInformationClient>();
        persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>())
            .Returns([new PersonStatus(cpr, CivilRegistrationStatus.Parse("90"), new DateOnly(2025, 7, 1))]);
        var time = new ManualTimeProvider(AfterDanishMidnight);
        var settings = new OdrOperationsSettings { DeceasedBatchSize = 10, DeceasedSavePeriod = IsoPeriod.FromMonths(12) };
        var job = new DeceasedCleanupJob(queries, persons, new OdrJobAuditWriter(Substitute.For<IAuditLogWriter>(), time), settings, time);

        await job.PrepareBatchAsync(null, CancellationToken.None);
        await job.RunBatchAsync(null, CancellationToken.None);

        await queries.Received(1).DeleteAllDataAsync(
            Arg.Is<IReadOnlyCollection<string>>(c => c.SequenceEqual(new[] { cpr.ToString() })), Arg.Any<CancellationToken>());
    }

    [Fact]
    public void A_clock_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => OdrToday.From(null!));
    }
}
