using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.MinLog.Transfer;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Persistence;
using Nsp.Application.Shared;
using Nsp.Domain.MinLog;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.MinLog.Registration;
using Nsp.Infrastructure.Shared.MinLogOutbox;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Infrastructure.Shared.UnitOfWork;
using Nsp.Tests.Integration.Shared.Database;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Pipeline;

namespace Nsp.Tests.Integration.Shared.Jobs;

/// <summary>A service's <c>minlog-transfer</c> job run by <see cref="JobRunner"/> through MediatR, from the service's
/// outbox to MinLog's store, on each provider (the service and MinLog in separate schemas or files).</summary>
public abstract class MinLogTransferJobContract : IAsyncLifetime
{
    private const int BatchSize = 3;
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Organisations = ["Lægehuset Nørregade", "Region Hovedstaden, Rigshospitalet"];

    private readonly ManualTimeProvider _clock = new(Start);
    private readonly string _logDirectory = Path.Combine(Path.GetTempPath(), "nsp-tests", Guid.NewGuid().ToString("N"));
    private ServiceDatabaseOptions _serviceOptions = null!;
    private ServiceDatabaseOptions _minLogOptions = null!;
    private ServiceProvider _services = null!;
    private ControllableRegistration _registration = null!;

    public async Task InitializeAsync()
    {
        (_serviceOptions, _minLogOptions) = await DatabasesAsync();
        await TestServiceDatabase.CreateAsync(_serviceOptions);
        await using (await ServiceContexts.MigratedAsync<MinLogDbContext>(_minLogOptions))
        {
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddNspApplication(typeof(TransferMinLogCommand).Assembly);
        services.AddServiceDatabase<TestServiceDbContext>(NspService.Odr, _serviceOptions);
        services.AddServiceUnitOfWork<TestServiceDbContext>(NspService.Odr);
        services.AddServiceMinLogOutbox<TestServiceDbContext>(NspService.Odr);
        services.AddServiceMinLogTransfer<TestServiceDbContext>(
            NspService.Odr, new MinLogTransferSettings(BatchSize, TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(10)), _logDirectory);
        services.AddServiceDatabase<MinLogDbContext>(NspService.MinLog, _minLogOptions);
        services.AddInProcessMinLogRegistration(_logDirectory);
        services.AddSingleton<InProcessMinLogRegistration>();
        services.AddSingleton(sp => new ControllableRegistration(sp.GetRequiredService<InProcessMinLogRegistration>(), _clock));
        services.AddSingleton<IMinLogRegistration>(sp => sp.GetRequiredService<ControllableRegistration>());
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _registration = _services.GetRequiredService<ControllableRegistration>();
    }

    public virtual async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Directory.Exists(_logDirectory))
        {
            Directory.Delete(_logDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task More_rows_than_one_batch_are_all_stored_logged_and_deleted_in_id_order()
    {
        var entries = await AddToOutboxAsync(Entries(8));

        var result = await TransferAsync();

        Assert.Equal(new JobRunResult(MinLogTransferSettings.JobName, JobRunOutcome.Finished, 8, 3), result);
        Assert.Equal(0, await OutboxCountAsync());
        await using var minLog = MinLogContext();
        var stored = await minLog.LogEntries.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(entries.Select(e => e.RegKode), stored.Select(e => e.RegKode));
        var names = await minLog.OrganisationNames.OrderBy(o => o.Name).ToListAsync();
        Assert.Equal(Organisations, names.Select(o => o.Name));
        Assert.All(names, o => Assert.Equal(OrganisationName.DigestOf(o.Name), o.Digest));
        Assert.Equal(names.Single(o => o.Name == Organisations[1]).Id, stored[1].OrganisationNameId);
        Assert.Null(stored[2].OrganisationNameId);
        Assert.Equal(entries[0].Tidspunkt, stored[0].Tidspunkt);
        Assert.Equal(entries.Select(MinLogLine.Format), LogLines("MinlogTransfer"));
        Assert.Equal(entries.Select(MinLogLine.Format), LogLines("Minlog2"));
        var state = await JobStateAsync();
        Assert.Equal(("FINISHED", null, null), (state.State, state.Cursor, state.LastError));
        Assert.Equal(Start.UtcDateTime, state.LastFinished);
    }

    [Fact]
    public async Task A_budget_that_runs_out_stops_not_finished_and_the_next_trigger_finishes()
    {
        await AddToOutboxAsync(Entries(8));
        _registration.TimePerCall = TimeSpan.FromSeconds(10);

        var first = await TransferAsync();

        Assert.Equal((JobRunOutcome.NotFinished, 6, 2), (first.Outcome, first.Processed, first.Batches));
        Assert.Equal(2, await OutboxCountAsync());
        Assert.Equal(6, await LogEntryCountAsync());
        Assert.Equal("NOT_FINISHED", (await JobStateAsync()).State);

        var second = await TransferAsync();

        Assert.Equal((JobRunOutcome.Finished, 2, 1), (second.Outcome, second.Processed, second.Batches));
        Assert.Equal(0, await OutboxCountAsync());
        Assert.Equal(8, await LogEntryCountAsync());
        Assert.Equal("FINISHED", (await JobStateAsync()).State);
    }

    [Fact]
    public async Task Of_two_concurrent_triggers_one_runs_and_the_other_is_refused_at_once()
    {
        await AddToOutboxAsync(Entries(5));
        _registration.HoldNextCall();

        var running = Task.Run(TransferAsync);
        await _registration.Entered.WaitAsync(TimeSpan.FromSeconds(10));
        var refused = await TransferAsync().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(new JobRunResult(MinLogTransferSettings.JobName, JobRunOutcome.AlreadyRunning, 0, 0), refused);
        Assert.False(running.IsCompleted);
        _registration.Release();
        var result = await running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((JobRunOutcome.Finished, 5), (result.Outcome, result.Processed));
        Assert.Equal(5, await LogEntryCountAsync());
        Assert.Equal(5, LogLines("MinlogTransfer").Count);
    }

    [Fact]
    public async Task Entries_transferred_twice_are_stored_and_logged_once()
    {
        var entries = await AddToOutboxAsync(Entries(4));
        await TransferAsync();

        // As after a crash between registering and deleting: the same rows are in the outbox again.
        await AddToOutboxAsync(entries);
        var again = await TransferAsync();

        Assert.Equal((JobRunOutcome.Finished, 4), (again.Outcome, again.Processed));
        Assert.Equal(0, await OutboxCountAsync());
        await using var minLog = MinLogContext();
        Assert.Equal(entries.Select(e => e.RegKode), await minLog.LogEntries.OrderBy(e => e.Id).Select(e => e.RegKode).ToListAsync());
        Assert.Equal(2, await minLog.OrganisationNames.CountAsync());
        Assert.Equal(4, LogLines("Minlog2").Count);
        Assert.Equal(8, LogLines("MinlogTransfer").Count);
    }

    [Fact]
    public async Task A_failing_registration_keeps_the_outbox_rows_and_the_job_state_records_the_error()
    {
        await AddToOutboxAsync(Entries(4));
        _registration.FailWith = "minlog registration answered 503";

        var failed = await TransferAsync();

        Assert.Equal((JobRunOutcome.Failed, "minlog registration answered 503"), (failed.Outcome, failed.Error));
        Assert.Equal(4, await OutboxCountAsync());
        Assert.Equal(0, await LogEntryCountAsync());
        Assert.Empty(LogLines("MinlogTransfer"));
        var state = await JobStateAsync();
        Assert.Equal(("NOT_FINISHED", "minlog registration answered 503"), (state.State, state.LastError));

        _registration.FailWith = null;
        var healed = await TransferAsync();

        Assert.Equal((JobRunOutcome.Finished, 4), (healed.Outcome, healed.Processed));
        Assert.Null((await JobStateAsync()).LastError);
        Assert.Equal(4, await LogEntryCountAsync());
    }

    [Fact]
    public async Task The_alarm_names_an_outbox_entry_older_than_the_alarm_age_until_it_is_transferred()
    {
        await AddToOutboxAsync(Entries(1));
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(await AlarmAsync());

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("MinLog transfer: the oldest waiting entry is PT10M1S old (limit PT10M)", await AlarmAsync());

        await TransferAsync();
        Assert.Null(await AlarmAsync());
    }

    /// <summary>The service's and MinLog's databases, both empty.</summary>
    protected abstract Task<(ServiceDatabaseOptions Service, ServiceDatabaseOptions MinLog)> DatabasesAsync();

    private static List<MinLogEntry> Entries(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new MinLogEntry(
                RegKode.For($"message-{i}", "0101801234", "Opslag"),
                "0101801234",
                "0000000000",
                i == 0 ? "1111111118" : null,
                "33257872",
                i % 3 == 2 ? null : Organisations[i % 2],
                "Notes System",
                "Opslag",
                "flow-1",
                Start.UtcDateTime.AddMilliseconds(i * 1001)))
            .ToList();

    private async Task<List<MinLogEntry>> AddToOutboxAsync(List<MinLogEntry> entries)
    {
        // One call per entry, so ids follow the list.
        foreach (var entry in entries)
        {
            await using var scope = _services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredKeyedService<IMinLogOutbox>(NspService.Odr).AddAsync([entry], CancellationToken.None);
        }

        return entries;
    }

    private async Task<JobRunResult> TransferAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new TransferMinLogCommand(NspService.Odr));
    }

    private async Task<string?> AlarmAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetMinLogTransferAlarmQuery(NspService.Odr));
    }

    private async Task<int> OutboxCountAsync()
    {
        await using var context = ServiceContexts.Create<TestServiceDbContext>(_serviceOptions);
        return await context.Set<MinLogOutboxRecord>().CountAsync();
    }

    private async Task<JobStateRecord> JobStateAsync()
    {
        await using var context = ServiceContexts.Create<TestServiceDbContext>(_serviceOptions);
        return await context.Set<JobStateRecord>().SingleAsync(s => s.Job == MinLogTransferSettings.JobName);
    }

    private async Task<int> LogEntryCountAsync()
    {
        await using var context = MinLogContext();
        return await context.LogEntries.CountAsync();
    }

    private MinLogDbContext MinLogContext() => ServiceContexts.Create<MinLogDbContext>(_minLogOptions);

    /// <summary>The lines of the rolled files whose names start with <paramref name="prefix"/> ("Minlog2" is
    /// <c>Minlog.log</c> with its date, not <c>MinlogTransfer.log</c>).</summary>
    private List<string> LogLines(string prefix) => LogFiles.ReadLines(_logDirectory, prefix + "*.log");
}
