using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Pipeline;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Unit.Shared.Pipeline;

public sealed class PipelineBehaviorTests : IDisposable
{
    private const string PatientCpr = "0101801234";
    private readonly PipelineProbe _probe = new();
    private readonly IWhitelistAuthority _whitelist = Substitute.For<IWhitelistAuthority>();
    private readonly IUnitOfWork _unitOfWork = Substitute.For<IUnitOfWork>();
    private readonly IUnitOfWorkTransaction _transaction = Substitute.For<IUnitOfWorkTransaction>();
    private readonly IMinLogOutbox _outbox = Substitute.For<IMinLogOutbox>();
    private readonly ServiceProvider _provider;
    private readonly IServiceScope _scope;
    private readonly List<MinLogEntry> _outboxEntries = [];
    private string? _refusal;
    private Exception? _outboxFailure;

    public PipelineBehaviorTests()
    {
        _whitelist.RefusalAsync(default!, default!, default!, default)
            .ReturnsForAnyArgs(_ =>
            {
                if (_refusal is not null)
                {
                    return Task.FromResult<string?>(_refusal);
                }

                _probe.Record("whitelist");
                return Task.FromResult<string?>(null);
            });
        _unitOfWork.BeginAsync(default)
            .ReturnsForAnyArgs(_ => { _probe.Record("begin"); return Task.FromResult(_transaction); });
        _transaction.CommitAsync(default).ReturnsForAnyArgs(_ => { _probe.Record("commit"); return Task.CompletedTask; });
#pragma warning disable CA2012 // NSubstitute configures the call; nothing awaits it here.
        _transaction.DisposeAsync().Returns(_ => { _probe.Record("dispose"); return ValueTask.CompletedTask; });
#pragma warning restore CA2012
        _outbox.AddAsync(default!, default).ReturnsForAnyArgs(call =>
        {
            if (_outboxFailure is not null)
            {
                throw _outboxFailure;
            }

            _probe.Record("minlog");
            _outboxEntries.AddRange(call.Arg<IReadOnlyList<MinLogEntry>>());
            return Task.CompletedTask;
        });

        var services = new ServiceCollection();
        services.AddSingleton(_probe);
        services.AddNspApplication(typeof(PipelineBehaviorTests).Assembly);
        services.AddKeyedSingleton(NspService.Idsas, _whitelist);
        services.AddKeyedSingleton(NspService.Idsas, _unitOfWork);
        services.AddKeyedSingleton(NspService.Idsas, _outbox);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _scope = _provider.CreateScope();
        _scope.ServiceProvider.GetRequiredService<ISecurityContextAccessor>().Set(SystemCaller);
        _scope.ServiceProvider.GetRequiredService<IAuditRecordAccessor>().Open("dk.sds.nsp.audit.log.probe");
    }

    private static SecurityContext SystemCaller { get; } = new()
    {
        Kind = CallerKind.SystemCard,
        CareProviderId = "33257872",
        CareProviderIdFormat = "medcom:cvrnumber",
        OrganisationName = "Sundhedsdatastyrelsen",
        ItSystemName = "Probe System",
        AuthenticationLevel = 3,
        SoapHeaders = new SoapHeaderValues(FlowId: "flow-1", MessageId: "message-1"),
    };

    private IMediator Mediator => _scope.ServiceProvider.GetRequiredService<IMediator>();

    private AuditRecord Audit => _scope.ServiceProvider.GetRequiredService<IAuditRecordAccessor>().Current!;

    [Fact]
    public async Task Behaviours_run_outermost_first_audit_whitelist_validation_transaction_handler_minlog_commit()
    {
        var result = await Mediator.Send(new ProbeCommand(PatientCpr, "x"));

        Assert.Equal("OK x", result.Answer);
        Assert.Equal(["whitelist", "validation", "begin", "handler", "minlog", "commit", "dispose"], _probe.Steps);
        var keys = Audit.Component("PROBE").Context("probe").Information.Select(i => i.Key);
        Assert.Equal(["patient-id", "answer"], keys);
    }

    [Fact]
    public async Task A_caller_the_whitelist_refuses_reaches_neither_validation_nor_handler_nor_transaction()
    {
        _refusal = "CVR 33257872 is not whitelisted for Probe.";

        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => Mediator.Send(new ProbeCommand("bad", "")));

        Assert.Equal("CVR 33257872 is not whitelisted for Probe.", error.Message);
        Assert.Empty(_probe.Steps);
        await _unitOfWork.DidNotReceiveWithAnyArgs().BeginAsync(default);
        await _outbox.DidNotReceiveWithAnyArgs().AddAsync(default!, default);
        // The refusal is still audited with what was asked.
        Assert.Equal("bad", Audit.Component("PROBE").Context("probe").Information.Single().Value);
    }

    [Fact]
    public async Task An_invalid_request_is_refused_naming_every_field_before_any_transaction()
    {
        var error = await Assert.ThrowsAsync<RequestValidationException>(() => Mediator.Send(new ProbeCommand("12", "")));

        Assert.Equal(["must be 10 digits"], error.Errors["PatientCpr"]);
        Assert.Equal(["is required"], error.Errors["Name"]);
        Assert.DoesNotContain("handler", _probe.Steps);
        await _unitOfWork.DidNotReceiveWithAnyArgs().BeginAsync(default);
    }

    [Fact]
    public async Task A_failing_handler_rolls_back_and_writes_no_minlog_entry()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Mediator.Send(new ProbeCommand(PatientCpr, "x", FailInHandler: true)));

        Assert.Equal(["whitelist", "validation", "begin", "handler", "dispose"], _probe.Steps);
        await _transaction.DidNotReceiveWithAnyArgs().CommitAsync(default);
        Assert.Empty(_outboxEntries);
    }

    [Fact]
    public async Task A_failing_minlog_write_prevents_the_commit()
    {
        _outboxFailure = new InvalidOperationException("outbox down");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Mediator.Send(new ProbeCommand(PatientCpr, "x")));

        await _transaction.DidNotReceiveWithAnyArgs().CommitAsync(default);
        Assert.Contains("dispose", _probe.Steps);
    }

    [Fact]
    public async Task MinLog_entries_carry_the_caller_and_a_registration_code_that_a_retry_repeats()
    {
        await Mediator.Send(new ProbeCommand(PatientCpr, "x"));
        await Mediator.Send(new ProbeCommand(PatientCpr, "x"));

        Assert.Equal(2, _outboxEntries.Count);
        var entry = _outboxEntries[0];
        Assert.Equal(_outboxEntries[1].RegKode, entry.RegKode);
        Assert.Equal(RegKode.For("message-1", PatientCpr, "Opslag i probe"), entry.RegKode);
        Assert.Equal(PatientCpr, entry.CprNrBorger);
        Assert.Equal(MinLogBehavior<ProbeCommand, ProbeResult>.AnonymousUserCpr, entry.Bruger);
        Assert.Equal("33257872", entry.OrgUsingId);
        Assert.Equal("Sundhedsdatastyrelsen", entry.OrgUsingName);
        Assert.Equal("Probe System", entry.SystemName);
        Assert.Equal("flow-1", entry.SessionId);
        Assert.Equal(DateTimeKind.Utc, entry.Tidspunkt.Kind);
    }

    [Fact]
    public async Task The_handlers_duration_is_measured_into_the_access_block()
    {
        var access = new AuditAccess();
        Audit.Access = access;

        await Mediator.Send(new ProbeCommand(PatientCpr, "x"));

        Assert.Equal(["handlerDuration"], access.Stats.Keys);
    }

    [Fact]
    public async Task A_request_without_markers_passes_every_behaviour_untouched()
    {
        var result = await Mediator.Send(new PlainQuery(21));

        Assert.Equal(42, result);
        Assert.Empty(_probe.Steps);
        await _whitelist.DidNotReceiveWithAnyArgs().RefusalAsync(default!, default!, default!, default);
    }

    public void Dispose()
    {
        _scope.Dispose();
        _provider.Dispose();
    }
}
