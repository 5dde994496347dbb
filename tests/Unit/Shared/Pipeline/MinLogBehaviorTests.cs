using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Pipeline;
using Nsp.Application.Shared.Security;
using NSubstitute;

namespace Nsp.Tests.Unit.Shared.Pipeline;

public sealed class MinLogBehaviorTests
{
    private const string Citizen = "0101801234";
    private readonly IMinLogOutbox _outbox = Substitute.For<IMinLogOutbox>();
    private readonly List<MinLogEntry> _written = [];

    public MinLogBehaviorTests()
    {
        _outbox.When(o => o.AddAsync(Arg.Any<IReadOnlyList<MinLogEntry>>(), Arg.Any<CancellationToken>()))
            .Do(c => _written.AddRange(c.Arg<IReadOnlyList<MinLogEntry>>()));
    }

    /// <summary>A request that leaves one MinLog entry per given handling.</summary>
    public sealed record LoggedRequest(IReadOnlyList<string> Handlings) : IMinLogged<string>
    {
        public NspService Service => NspService.Odr;

        public IEnumerable<MinLogAccess> DescribeAccess(string response) => Handlings.Select(h => new MinLogAccess(Citizen, h));
    }

    private async Task<string> HandleAsync(LoggedRequest request, SecurityContext caller, bool withOutbox = true)
    {
        var services = new ServiceCollection();
        if (withOutbox)
        {
            services.AddKeyedSingleton(NspService.Odr, _outbox);
        }

        await using var provider = services.BuildServiceProvider();
        var accessor = new SecurityContextAccessor();
        accessor.Set(caller);
        var behaviour = new MinLogBehavior<LoggedRequest, string>(provider, accessor, new ManualTimeProvider(DateTimeOffset.UnixEpoch));
        return await behaviour.Handle(request, CancellationToken.None, () => Task.FromResult("answer"));
    }

    private static SecurityContext Caller(SoapHeaderValues headers, string? userCpr = null) =>
        new() { Kind = CallerKind.UserCard, UserCpr = userCpr, SoapHeaders = headers };

    [Fact]
    public async Task A_user_is_logged_by_cpr_and_the_session_is_the_flow_id()
    {
        await HandleAsync(new LoggedRequest(["Opslag"]), Caller(new SoapHeaderValues(FlowId: "flow", MessageId: "message", WsaMessageId: "wsa"), "1111111118"));

        var entry = Assert.Single(_written);
        Assert.Equal(("1111111118", "flow", RegKode.For("message", Citizen, "Opslag")), (entry.Bruger, entry.SessionId, entry.RegKode));
    }

    [Fact]
    public async Task Without_a_flow_id_the_session_is_the_message_id()
    {
        await HandleAsync(new LoggedRequest(["Opslag"]), Caller(new SoapHeaderValues(MessageId: "message", WsaMessageId: "wsa")));

        var entry = Assert.Single(_written);
        Assert.Equal(("message", MinLogBehavior<LoggedRequest, string>.AnonymousUserCpr), (entry.SessionId, entry.Bruger));
    }

    [Fact]
    public async Task Without_a_DGWS_message_id_the_WS_Addressing_one_is_the_session_and_the_registration_codes_source()
    {
        await HandleAsync(new LoggedRequest(["Opslag"]), Caller(new SoapHeaderValues(WsaMessageId: "wsa")));

        var entry = Assert.Single(_written);
        Assert.Equal(("wsa", RegKode.For("wsa", Citizen, "Opslag")), (entry.SessionId, entry.RegKode));
    }

    [Fact]
    public async Task An_entry_without_any_message_id_is_refused()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => HandleAsync(new LoggedRequest(["Opslag"]), Caller(new SoapHeaderValues(FlowId: "flow"))));

        Assert.Equal("A MinLog entry needs the call's MessageID for its registration code.", refused.Message);
        Assert.Empty(_written);
    }

    [Fact]
    public async Task A_request_that_leaves_no_entries_does_not_need_an_outbox()
    {
        var answer = await HandleAsync(new LoggedRequest([]), Caller(new SoapHeaderValues(MessageId: "message")), withOutbox: false);

        Assert.Equal("answer", answer);
    }
}
