using Nsp.Application.Idsas.Blurrings;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Idsas.Operations.CleanupBlurringsDeceased;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using Nsp.Domain.Shared.Time;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.Operations.CleanupBlurringsDeceased;

public sealed class CleanupBlurringsDeceasedJobTests
{
    // Today is 25 November 2026; with a one-year period, those dead on or before 25 November 2025 go.
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private const string DeadLongAgo = "0101501234";
    private const string DeadOnTheLimit = "0202602345";
    private const string DeadRecently = "0303703456";
    private const string Alive = "1111111118";

    private readonly IBlurringRepository _blurrings = Substitute.For<IBlurringRepository>();
    private readonly IPersonInformationClient _persons = Substitute.For<IPersonInformationClient>();

    private CleanupBlurringsDeceasedJob Job(int batchSize = 10) => new(
        _blurrings,
        _persons,
        new IdsasOperationsSettings { DeceasedBatchSize = batchSize, DeceasedPeriod = IsoPeriod.FromYears(1) },
        new ManualTimeProvider(Now));

    private static PersonStatus Status(string cpr, string code, DateOnly? since) => new(Cpr.Parse(cpr), CivilRegistrationStatus.Parse(code), since);

    private static async Task<JobBatchOutcome> BatchAsync(CleanupBlurringsDeceasedJob job, string? cursor = null)
    {
        await job.PrepareBatchAsync(cursor, CancellationToken.None);
        return await job.RunBatchAsync(cursor, CancellationToken.None);
    }

    [Fact]
    public async Task Only_blurrings_of_persons_dead_at_least_the_period_are_deleted()
    {
        _blurrings.PatientIdsAfterAsync(null, 10, Arg.Any<CancellationToken>()).Returns([DeadLongAgo, DeadOnTheLimit, DeadRecently, Alive]);
        _persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>()).Returns(
        [
            Status(DeadLongAgo, "90", new DateOnly(2020, 1, 1)),
            Status(DeadOnTheLimit, "90", new DateOnly(2025, 11, 25)),
            Status(DeadRecently, "90", new DateOnly(2025, 11, 26)),
            Status(Alive, "01", new DateOnly(2000, 1, 1)),
        ]);
        _blurrings.DeleteForPatientsAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>()).Returns(2);

        var outcome = await BatchAsync(Job());

        await _blurrings.Received(1).DeleteForPatientsAsync(
            Arg.Is<IReadOnlyCollection<string>>(ids => ids.SequenceEqual(new[] { DeadLongAgo, DeadOnTheLimit })), Arg.Any<CancellationToken>());
        Assert.Equal(JobBatchOutcome.Done(2), outcome);
    }

    [Fact]
    public async Task A_person_dead_on_an_unknown_date_is_kept()
    {
        _blurrings.PatientIdsAfterAsync(null, 10, Arg.Any<CancellationToken>()).Returns([DeadLongAgo]);
        _persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>()).Returns([Status(DeadLongAgo, "90", null)]);

        var outcome = await BatchAsync(Job());

        Assert.Equal(JobBatchOutcome.Done(0), outcome);
        await _blurrings.DidNotReceiveWithAnyArgs().DeleteForPatientsAsync(default!, default);
    }

    [Fact]
    public async Task Patient_ids_that_are_not_cprs_are_not_sent_to_PersonInformation()
    {
        _blurrings.PatientIdsAfterAsync(null, 10, Arg.Any<CancellationToken>()).Returns(["9999999999"]);

        var outcome = await BatchAsync(Job());

        Assert.Equal(JobBatchOutcome.Done(0), outcome);
        await _persons.DidNotReceiveWithAnyArgs().GetStatusesAsync(default!, default);
    }

    [Fact]
    public async Task A_full_batch_continues_after_its_last_patient_id()
    {
        _blurrings.PatientIdsAfterAsync("0000000000", 2, Arg.Any<CancellationToken>()).Returns([Alive, DeadLongAgo]);
        _persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>())
            .Returns([Status(DeadLongAgo, "90", new DateOnly(2020, 1, 1))]);
        _blurrings.DeleteForPatientsAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>()).Returns(3);

        var outcome = await BatchAsync(Job(batchSize: 2), "0000000000");

        Assert.Equal(JobBatchOutcome.More(3, DeadLongAgo), outcome);
    }

    [Fact]
    public async Task No_patient_ids_left_finishes_without_asking_anyone()
    {
        _blurrings.PatientIdsAfterAsync("1111111118", 10, Arg.Any<CancellationToken>()).Returns([]);

        var outcome = await BatchAsync(Job(), "1111111118");

        Assert.Equal(JobBatchOutcome.Done(0), outcome);
        await _persons.DidNotReceiveWithAnyArgs().GetStatusesAsync(default!, default);
        await _blurrings.DidNotReceiveWithAnyArgs().DeleteForPatientsAsync(default!, default);
    }

    [Fact]
    public async Task A_batch_is_refused_unless_it_was_prepared_from_the_same_cursor()
    {
        var job = Job();
        await job.PrepareBatchAsync(null, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => job.RunBatchAsync("1111111118", CancellationToken.None));

        Assert.Contains("not prepared", refused.Message, StringComparison.Ordinal);
    }
}
