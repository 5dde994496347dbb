using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Pipeline;
using Nsp.Application.Shared.Persistence;
using Nsp.Application.Shared.Security;
using Nsp.Infrastructure.Shared.MinLogOutbox;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Infrastructure.Shared.UnitOfWork;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Pipeline;

/// <summary>The unit of work and the MinLog outbox through the real MediatR pipeline on a real database: the
/// request's rows and its citizen-log entry commit together or not at all.</summary>
public abstract class UnitOfWorkPipelineContract : IAsyncLifetime
{
    private const string PatientCpr = "0101801234";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 30, 15, 123, TimeSpan.Zero);

    private readonly ManualTimeProvider _clock = new(Now);
    private readonly PipelineObservations _observations = new();
    private readonly FailingCommitInterceptor _commitFailure = new();
    private ServiceDatabaseOptions _options = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _options = await DatabaseAsync();
        await TestServiceDatabase.CreateAsync(_options);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(_observations);
        services.AddNspApplication(typeof(UnitOfWorkPipelineContract).Assembly);
        InsertBefore(services, typeof(MinLogBehavior<,>), typeof(FailAfterMinLogBehavior<,>));
        services.AddServiceDatabase<TestServiceDbContext>(NspService.Odr, _options);
        services.ConfigureDbContext<TestServiceDbContext>(b => b.AddInterceptors(_commitFailure));
        services.AddServiceUnitOfWork<TestServiceDbContext>(NspService.Odr);
        services.AddServiceMinLogOutbox<TestServiceDbContext>(NspService.Odr);
        services.AddKeyedSingleton<IWhitelistAuthority>(NspService.Odr, new ListedSystemsWhitelist());
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public virtual async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task A_minlogged_command_commits_its_row_and_its_outbox_entry_together()
    {
        await SendAsync(new RecordNoteCommand(PatientCpr, "first"), Caller("message-1"));

        await using var context = Context();
        Assert.Equal(["first"], await context.Notes.Select(n => n.Text).ToListAsync());
        var row = Assert.Single(await context.Set<MinLogOutboxRecord>().ToListAsync());
        Assert.Equal(RegKode.For("message-1", PatientCpr, RecordNoteCommand.Handling), row.RegKode);
        Assert.Equal(PatientCpr, row.CprNrBorger);
        Assert.Equal(MinLogBehavior<RecordNoteCommand, RecordNoteResult>.AnonymousUserCpr, row.Bruger);
        Assert.Equal("33257872", row.OrgUsingId);
        Assert.Equal("Lægehuset Nørregade", row.OrgUsingName);
        Assert.Equal("Notes System", row.SystemName);
        Assert.Equal(RecordNoteCommand.Handling, row.Handling);
        Assert.Equal("flow-1", row.SessionId);
        Assert.Equal(Now.UtcDateTime, row.Tidspunkt);
        Assert.Equal(Now.UtcDateTime, row.Created);
    }

    [Fact]
    public async Task A_handler_that_throws_writes_neither_its_row_nor_an_outbox_entry()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => SendAsync(new RecordNoteCommand(PatientCpr, "fails", FailInHandler: true), Caller("message-2")));

        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_failure_after_the_minlog_write_rolls_back_the_row_and_the_outbox_entry()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SendAsync(new RecordNoteCommand(PatientCpr, "late failure", FailAfterMinLog: true), Caller("message-3")));

        Assert.Equal("failed after the MinLog write", error.Message);
        Assert.Equal(1, _observations.OutboxRowsBeforeFailure);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_caller_that_is_not_whitelisted_writes_nothing()
    {
        var caller = Caller("message-4") with { ItSystemName = ListedSystemsWhitelist.UnlistedSystem };

        await Assert.ThrowsAsync<NotAuthorizedException>(() => SendAsync(new RecordNoteCommand(PatientCpr, "refused"), caller));

        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task An_invalid_request_writes_nothing()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(
            () => SendAsync(new RecordNoteCommand("12345", "invalid"), Caller("message-5")));

        Assert.Contains(nameof(RecordNoteCommand.PatientCpr), error.Errors.Keys);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Caller_stated_fields_longer_than_minlogs_columns_are_cut_to_their_width_and_the_call_succeeds()
    {
        var caller = Caller("message-8") with
        {
            ItSystemName = "A Very Long Clinical IT System Name",
            CareProviderId = new string('1', 30),
            OrganisationName = new string('O', 300),
            SoapHeaders = new SoapHeaderValues(FlowId: new string('f', 60), MessageId: "message-8"),
        };

        await SendAsync(new RecordNoteCommand(PatientCpr, "long names"), caller);

        await using var context = Context();
        var row = Assert.Single(await context.Set<MinLogOutboxRecord>().ToListAsync());
        Assert.Equal("A Very Long Clinical IT S", row.SystemName);
        Assert.Equal(new string('1', 25), row.OrgUsingId);
        Assert.Equal(new string('O', 256), row.OrgUsingName);
        Assert.Equal(new string('f', 46), row.SessionId);
        Assert.Equal(RegKode.For("message-8", PatientCpr, RecordNoteCommand.Handling), row.RegKode);
    }

    [Fact]
    public async Task A_failure_at_commit_rolls_back_the_row_and_the_outbox_entry()
    {
        _commitFailure.Armed = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => SendAsync(new RecordNoteCommand(PatientCpr, "commit fails"), Caller("message-9")));

        _commitFailure.Armed = false;
        Assert.Equal(1, _commitFailure.Refused);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_retried_call_with_the_same_message_id_leaves_one_outbox_entry()
    {
        await SendAsync(new RecordNoteCommand(PatientCpr, "try 1"), Caller("message-6"));
        _clock.Advance(TimeSpan.FromSeconds(5));
        await SendAsync(new RecordNoteCommand(PatientCpr, "try 2"), Caller("message-6"));

        await using var context = Context();
        Assert.Equal(2, await context.Notes.CountAsync());
        var row = Assert.Single(await context.Set<MinLogOutboxRecord>().ToListAsync());
        Assert.Equal(Now.UtcDateTime, row.Tidspunkt);
    }

    [Fact]
    public async Task A_failed_request_leaves_nothing_tracked_for_a_later_save_in_the_same_scope()
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ISecurityContextAccessor>().Set(Caller("message-7"));
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => mediator.Send(new RecordNoteCommand(PatientCpr, "orphan", FailInHandler: true)));

        var saved = await scope.ServiceProvider.GetRequiredService<TestServiceDbContext>().SaveChangesAsync();

        Assert.Equal(0, saved);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_joined_unit_only_saves_and_the_owner_rolls_everything_back()
    {
        await using var scope = _services.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredKeyedService<IUnitOfWork>(NspService.Odr);
        var context = scope.ServiceProvider.GetRequiredService<TestServiceDbContext>();
        await using (var outer = await unitOfWork.BeginAsync(CancellationToken.None))
        {
            await using (var inner = await unitOfWork.BeginAsync(CancellationToken.None))
            {
                context.Notes.Add(new TestNoteRecord { Text = "inner" });
                await inner.CommitAsync(CancellationToken.None);
            }

            Assert.NotNull(context.Database.CurrentTransaction);
            Assert.Equal(1, await context.Notes.CountAsync());
        }

        Assert.Null(context.Database.CurrentTransaction);
        await AssertNothingWrittenAsync();
    }

    protected abstract Task<ServiceDatabaseOptions> DatabaseAsync();

    private static SecurityContext Caller(string messageId) => new()
    {
        Kind = CallerKind.SystemCard,
        CareProviderId = "33257872",
        CareProviderIdFormat = "medcom:cvrnumber",
        OrganisationName = "Lægehuset Nørregade",
        ItSystemName = "Notes System",
        AuthenticationLevel = 3,
        SoapHeaders = new SoapHeaderValues(FlowId: "flow-1", MessageId: messageId),
    };

    private static void InsertBefore(ServiceCollection services, Type existingBehavior, Type behavior)
    {
        var index = services.ToList().FindIndex(d => d.ServiceType == typeof(IPipelineBehavior<,>) && d.ImplementationType == existingBehavior);
        Assert.True(index >= 0, $"{existingBehavior.Name} is not registered.");
        services.Insert(index, ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), behavior));
    }

    private async Task SendAsync(RecordNoteCommand command, SecurityContext caller)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ISecurityContextAccessor>().Set(caller);
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    private async Task AssertNothingWrittenAsync()
    {
        await using var context = Context();
        Assert.Equal(0, await context.Notes.CountAsync());
        Assert.Equal(0, await context.Set<MinLogOutboxRecord>().CountAsync());
    }

    private TestServiceDbContext Context() => ServiceContexts.Create<TestServiceDbContext>(_options);
}
