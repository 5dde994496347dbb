using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Persistence;
using Nsp.Application.Shared.Pipeline;
using Nsp.Domain.Shared.Jobs;
using NSubstitute;

namespace Nsp.Tests.Unit.Shared.Jobs;

/// <summary>A <see cref="JobRunner"/> over substituted ports that writes every port call, in order, to
/// <see cref="Events"/>, so tests can state what happened and when (e.g. a batch's state is saved before its commit).</summary>
internal sealed class JobRunnerHarness : IDisposable
{
    public const string JobName = "cleanup";

    private readonly ServiceProvider _services;

    public JobRunnerHarness()
    {
        Lease.TryAcquireAsync(default!, default!, default, default).ReturnsForAnyArgs(call =>
        {
            Holders.Add(call.ArgAt<string>(1));
            LeaseDurations.Add(call.ArgAt<TimeSpan>(2));
            Events.Add("acquire");
            return LeaseFree;
        });
        Lease.RenewAsync(default!, default!, default, default).ReturnsForAnyArgs(call =>
        {
            Holders.Add(call.ArgAt<string>(1));
            LeaseDurations.Add(call.ArgAt<TimeSpan>(2));
            Events.Add("renew");
            return LeaseKept;
        });
        Lease.ReleaseAsync(default!, default!, default).ReturnsForAnyArgs(call =>
        {
            Holders.Add(call.ArgAt<string>(1));
            Events.Add("release");
            return Task.CompletedTask;
        });
        States.LoadAsync(default!, default).ReturnsForAnyArgs(_ => Stored);
        States.SaveAsync(default!, default).ReturnsForAnyArgs(call =>
        {
            var status = call.Arg<JobStatus>();
            Saved.Add(status);
            Events.Add($"save:{status.State}:{status.Cursor}");
            return Task.CompletedTask;
        });
        var transaction = Substitute.For<IUnitOfWorkTransaction>();
        transaction.CommitAsync(default).ReturnsForAnyArgs(_ => { Events.Add("commit"); return Task.CompletedTask; });
        UnitOfWork.BeginAsync(default).ReturnsForAnyArgs(_ => { Events.Add("begin"); return transaction; });

        _services = new ServiceCollection()
            .AddKeyedSingleton(NspService.Idsas, Lease)
            .AddKeyedSingleton(NspService.Idsas, States)
            .AddKeyedSingleton(NspService.Idsas, UnitOfWork)
            .BuildServiceProvider();
    }

    public static DateTime Start { get; } = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(Start));

    public IJobLease Lease { get; } = Substitute.For<IJobLease>();

    public IJobStateStore States { get; } = Substitute.For<IJobStateStore>();

    public IUnitOfWork UnitOfWork { get; } = Substitute.For<IUnitOfWork>();

    public List<string> Events { get; } = [];

    public List<JobStatus> Saved { get; } = [];

    public List<string> Holders { get; } = [];

    public List<TimeSpan> LeaseDurations { get; } = [];

    public JobStatus Stored { get; set; } = JobStatus.NeverRun(JobName);

    public Task<bool> LeaseFree { get; set; } = Task.FromResult(true);

    public Task<bool> LeaseKept { get; set; } = Task.FromResult(true);

    public Task<JobRunResult> RunAsync(IBatchJob job, TimeSpan? budget = null, CancellationToken cancellationToken = default)
    {
        var runner = new JobRunner(_services, Clock, NullLogger<JobRunner>.Instance);
        return runner.RunAsync(NspService.Idsas, job, new JobRunSettings(budget ?? TimeSpan.FromMinutes(10)), cancellationToken);
    }

    public void Dispose() => _services.Dispose();
}
