using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Nsp.Application.Idsas.Blurrings;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Idsas.Operations.CleanupBlurringsDeceased;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Application.Shared.Persistence;
using Nsp.Application.Shared.Pipeline;
using Nsp.Domain.Shared.Jobs;
using Nsp.Domain.Shared.Persons;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas;

/// <summary>cleanup-blurrings-deceased under the real <see cref="JobRunner"/>: PersonInformation (a slow HTTP call)
/// is asked before the batch's write transaction opens, so the database is not held meanwhile.</summary>
public sealed class DeceasedCleanupTransactionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task PersonInformation_is_asked_before_the_batch_transaction_begins_and_the_delete_runs_inside_it()
    {
        const string dead = "0101501234";
        var blurrings = Substitute.For<IBlurringRepository>();
        blurrings.PatientIdsAfterAsync(null, Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns([dead, "1111111118"]);
        blurrings.DeleteForPatientsAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>()).Returns(1);
        var persons = Substitute.For<IPersonInformationClient>();
        persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>()).Returns(
        [
            new PersonStatus(Cpr.Parse(dead), CivilRegistrationStatus.Parse("90"), new DateOnly(2020, 1, 1)),
            new PersonStatus(Cpr.Parse("1111111118"), CivilRegistrationStatus.Parse("01"), null),
        ]);
        var transaction = Substitute.For<IUnitOfWorkTransaction>();
        var unitOfWork = Substitute.For<IUnitOfWork>();
        unitOfWork.BeginAsync(Arg.Any<CancellationToken>()).Returns(transaction);
        var lease = Substitute.For<IJobLease>();
        lease.TryAcquireAsync(default!, default!, default, default).ReturnsForAnyArgs(true);
        var states = Substitute.For<IJobStateStore>();
        states.LoadAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(c => JobStatus.NeverRun(c.Arg<string>()));
        await using var services = new ServiceCollection()
            .AddKeyedSingleton(NspService.Idsas, lease)
            .AddKeyedSingleton(NspService.Idsas, states)
            .AddKeyedSingleton(NspService.Idsas, unitOfWork)
            .BuildServiceProvider();
        var time = new ManualTimeProvider(Now);
        var job = new CleanupBlurringsDeceasedJob(blurrings, persons, new IdsasOperationsSettings { DeceasedBatchSize = 10 }, time);

        var result = await new JobRunner(services, time, NullLogger<JobRunner>.Instance)
            .RunAsync(NspService.Idsas, job, new JobRunSettings(TimeSpan.FromSeconds(15)), CancellationToken.None);

        Assert.Equal((JobRunOutcome.Finished, 1), (result.Outcome, result.Processed));
        Received.InOrder(() =>
        {
            _ = persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>());
            _ = unitOfWork.BeginAsync(Arg.Any<CancellationToken>());
            _ = blurrings.DeleteForPatientsAsync(Arg.Is<IReadOnlyCollection<string>>(ids => ids.SequenceEqual(new[] { dead })), Arg.Any<CancellationToken>());
            _ = transaction.CommitAsync(Arg.Any<CancellationToken>());
        });
    }
}
