using MediatR;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Nsp.Application.MinLog.Lookup;
using Nsp.Application.MinLog.Whitelisting;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Unit.MinLog.Lookup;

public sealed class MinLogLookupAccessBehaviorTests
{
    private const string Citizen = "0202904321";
    private const string Cvr = "25450442";

    private readonly IWhitelistConfigQueries _whitelist = Substitute.For<IWhitelistConfigQueries>();
    private readonly AuditRecord _audit = new("dk.sds.nsp.audit.log.minlog", DateTimeOffset.UnixEpoch);
    private bool _handled;

    private async Task<ListLogStatementsResult> SendAsync(SecurityContext caller, string cpr = Citizen)
    {
        using var services = new ServiceCollection().AddSingleton(_whitelist).BuildServiceProvider();
        var records = Substitute.For<IAuditRecordAccessor>();
        records.Current.Returns(_audit);
        var security = Substitute.For<ISecurityContextAccessor>();
        security.Current.Returns(caller);
        var behaviour = new MinLogLookupAccessBehavior<ListLogStatementsQuery, ListLogStatementsResult>(services, records, security);
        return await behaviour.Handle(new ListLogStatementsQuery(cpr, null, null), CancellationToken.None, () =>
        {
            _handled = true;
            return Task.FromResult(new ListLogStatementsResult(cpr, []));
        });
    }

    private static SecurityContext SystemCaller(string? cvr = Cvr, string format = "medcom:cvrnumber") =>
        new() { Kind = CallerKind.SystemCard, CareProviderId = cvr, CareProviderIdFormat = format };

    private Dictionary<string, string?> Keys() =>
        _audit.Component(MinLogLookupAudit.Component).Context(MinLogLookupAudit.Context).Information.ToDictionary(i => i.Key, i => i.Value);

    [Fact]
    public async Task A_citizen_may_read_their_own_log()
    {
        await SendAsync(new SecurityContext { Kind = CallerKind.CitizenToken, UserCpr = Citizen });

        Assert.True(_handled);
        Assert.Equal("citizen", Keys()[MinLogLookupAudit.ActorType]);
        await _whitelist.DidNotReceiveWithAnyArgs().IsListedAsync(default!, default!, default);
    }

    [Fact]
    public async Task A_citizen_may_not_read_another_citizens_log()
    {
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(
            () => SendAsync(new SecurityContext { Kind = CallerKind.CitizenToken, UserCpr = Citizen }, "1111111118"));

        Assert.Contains("own log statements", refused.Message, StringComparison.Ordinal);
        Assert.False(_handled);
    }

    [Fact]
    public async Task A_system_whose_cvr_is_listed_under_minlogws_may_read_any_log()
    {
        _whitelist.IsListedAsync("minlogws", Cvr, Arg.Any<CancellationToken>()).Returns(true);

        await SendAsync(SystemCaller());

        Assert.True(_handled);
        Assert.Equal(("system", Cvr), (Keys()[MinLogLookupAudit.ActorType], Keys()[MinLogLookupAudit.ActorCvr]));
    }

    [Fact]
    public async Task A_system_not_listed_under_minlogws_is_refused_with_the_key_it_lacks()
    {
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() => SendAsync(SystemCaller()));

        Assert.Contains("minlogws", refused.Message, StringComparison.Ordinal);
        Assert.False(_handled);
        Assert.Equal(Cvr, Keys()[MinLogLookupAudit.ActorCvr]);
    }

    [Fact]
    public async Task A_card_whose_care_provider_is_not_a_cvr_is_refused_without_asking_the_whitelist()
    {
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() => SendAsync(SystemCaller("123456789012345", "medcom:sor")));

        Assert.Contains("CVR", refused.Message, StringComparison.Ordinal);
        await _whitelist.DidNotReceiveWithAnyArgs().IsListedAsync(default!, default!, default);
    }

    [Fact]
    public async Task Requests_other_than_lookups_pass_untouched()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        var behaviour = new MinLogLookupAccessBehavior<Ping, MediatR.Unit>(services, Substitute.For<IAuditRecordAccessor>(), Substitute.For<ISecurityContextAccessor>());

        await behaviour.Handle(new Ping(), CancellationToken.None, () =>
        {
            _handled = true;
            return Task.FromResult(MediatR.Unit.Value);
        });

        Assert.True(_handled);
    }

    public sealed record Ping : IRequest<MediatR.Unit>;
}
