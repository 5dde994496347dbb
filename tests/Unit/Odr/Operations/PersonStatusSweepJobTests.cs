using Nsp.Application.Odr.Operations;
using Nsp.Application.Odr.Operations.EmigratedCleanup;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Odr.Operations;

/// <summary>The sweep the ODR cleanup jobs share, driven through the emigrated cleanup (the simplest selection).</summary>
public sealed class PersonStatusSweepJobTests
{
    private const string First = "0101801234";
    private const string Second = "0202802345";
    private const string Third = "0303803456";

    private readonly IOdrCleanupQueries _queries = Substitute.For<IOdrCleanupQueries>();
    private readonly IPersonInformationClient _persons = Substitute.For<IPersonInformationClient>();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    public PersonStatusSweepJobTests()
    {
        _queries.CloseActiveAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<DateTime>(), Arg.Any<CancellationToken>())
            .Returns(c => Task.FromResult<IReadOnlyList<string>>([.. c.Arg<IReadOnlyCollection<string>>()]));
    }

    private EmigratedCleanupJob Job(int batchSize = 3) => new(
        _queries,
        _persons,
        new OdrJobAuditWriter(Substitute.For<IAuditLogWriter>(), _time),
        new OdrOperationsSettings { EmigratedBatchSize = batchSize, EmigratedPersonInformationBatchSize = 10 },
        _time);

    private static PersonStatus Status(string cpr, string code) => new(Cpr.Parse(cpr), CivilRegistrationStatus.Parse(code), null);

    private void Cprs(string? cursor, params string[] cprs) =>
        _queries.ActiveCprsAfterAsync(cursor, Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(cprs);

    private static async Task<JobBatchOutcome> BatchAsync(EmigratedCleanupJob job, string? cursor = null)
    {
        await job.PrepareBatchAsync(cursor, CancellationToken.None);
        return await job.RunBatchAsync(cursor, CancellationToken.None);
    }

    [Fact]
    public async Task A_full_batch_acts_on_the_selected_cprs_in_ordinal_order_and_continues_after_the_last_cpr_walked()
    {
        Cprs(null, First, Second, Third);
        _persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>())
            .Returns([Status(Third, "80"), Status(Second, "01"), Status(First, "80")]);

        var outcome = await BatchAsync(Job());

        Assert.Equal(JobBatchOutcome.More(2, Third), outcome);
        await _queries.Received(1).ActiveCprsAfterAsync(null, 3, Arg.Any<CancellationToken>());
        await _queries.Received(1).CloseActiveAsync(
            Arg.Is<IReadOnlyCollection<string>>(c => c.SequenceEqual(new[] { First, Third })), Arg.Any<DateTime>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_batch_shorter_than_the_batch_size_is_the_last()
    {
        Cprs(First, Second, Third);
        _persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>()).Returns([Status(Second, "80")]);

        var outcome = await BatchAsync(Job(), First);

        Assert.Equal(JobBatchOutcome.Done(1), outcome);
    }

    [Fact]
    public async Task Nothing_is_acted_on_when_nobody_is_selected()
    {
        Cprs(null, First, Second, Third);
        _persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>()).Returns([Status(First, "01")]);

        var outcome = await BatchAsync(Job());

        Assert.Equal(JobBatchOutcome.More(0, Third), outcome);
        await _queries.DidNotReceiveWithAnyArgs().CloseActiveAsync(default!, default, default);
    }

    [Fact]
    public async Task No_cprs_left_finishes_without_asking_PersonInformation()
    {
        Cprs(Third);

        var outcome = await BatchAsync(Job(), Third);

        Assert.Equal(JobBatchOutcome.Done(0), outcome);
        await _persons.DidNotReceiveWithAnyArgs().GetStatusesAsync(default!, default);
    }

    [Fact]
    public async Task A_batch_is_refused_naming_the_job_unless_it_was_prepared_from_the_same_cursor()
    {
        Cprs(null);
        var job = Job();
        await job.PrepareBatchAsync(null, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => job.RunBatchAsync(First, CancellationToken.None));

        Assert.StartsWith(OdrJobNames.EmigratedCleanup + ": ", refused.Message, StringComparison.Ordinal);
    }
}
