using Microsoft.Extensions.Configuration;
using Nsp.Api.Shared.Soap;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Tests.Unit.Shared.Soap;

public sealed class IdwsReplayGuardTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_fresh_message_is_admitted_once_and_its_repeat_is_refused()
    {
        var guard = new IdwsReplayGuard(TimeSpan.FromMinutes(5), 10);
        guard.Admit("token-1", "urn:uuid:1", Now, Now, Skew);

        var refused = Assert.Throws<SoapFaultException>(() => guard.Admit("token-1", "urn:uuid:1", Now, Now.AddSeconds(1), Skew));

        Assert.Equal(SoapFaultCodes.SecurityLevelFailed, refused.Fault.FaultCode);
        Assert.Contains("already been received", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_message_id_under_another_token_is_another_message()
    {
        var guard = new IdwsReplayGuard(TimeSpan.FromMinutes(5), 10);
        guard.Admit("token-1", "urn:uuid:1", Now, Now, Skew);

        guard.Admit("token-2", "urn:uuid:1", Now, Now, Skew);

        Assert.Equal(2, guard.Count);
    }

    [Fact]
    public void A_message_created_longer_ago_than_the_maximum_age_plus_skew_is_refused()
    {
        var guard = new IdwsReplayGuard(TimeSpan.FromMinutes(5), 10);

        var refused = Assert.Throws<SoapFaultException>(() => guard.Admit("t", "m", Now - TimeSpan.FromMinutes(6) - TimeSpan.FromSeconds(1), Now, Skew));

        Assert.Contains("more than PT5M ago", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, guard.Count);
    }

    [Fact]
    public void A_message_exactly_at_the_maximum_age_plus_skew_is_admitted()
    {
        var guard = new IdwsReplayGuard(TimeSpan.FromMinutes(5), 10);

        guard.Admit("t", "m", Now - TimeSpan.FromMinutes(6), Now, Skew);

        Assert.Equal(1, guard.Count);
    }

    [Fact]
    public void Ids_are_forgotten_once_their_message_would_fail_the_age_check_anyway()
    {
        var guard = new IdwsReplayGuard(TimeSpan.FromMinutes(5), 10);
        guard.Admit("t", "m", Now, Now, Skew);

        // Forget time: now + age + 2 skew = 7 minutes later. One tick before, the id is still remembered.
        Assert.Throws<SoapFaultException>(() => guard.Admit("t", "other", Now, Now + TimeSpan.FromMinutes(7) - TimeSpan.FromTicks(1), Skew));
        Assert.Throws<SoapFaultException>(() => guard.Admit("t", "m", Now + TimeSpan.FromMinutes(6), Now + TimeSpan.FromMinutes(7) - TimeSpan.FromTicks(1), Skew));
        guard.Admit("t", "m", Now + TimeSpan.FromMinutes(7), Now + TimeSpan.FromMinutes(7), Skew);

        Assert.Equal(1, guard.Count);
    }

    [Fact]
    public void A_full_cache_of_ids_that_could_still_be_replayed_refuses_new_messages_with_a_server_fault()
    {
        var guard = new IdwsReplayGuard(TimeSpan.FromMinutes(5), 2);
        guard.Admit("t", "1", Now, Now, Skew);
        guard.Admit("t", "2", Now, Now, Skew);

        var refused = Assert.Throws<SoapFaultException>(() => guard.Admit("t", "3", Now, Now, Skew));

        Assert.Equal(SoapFaultCodes.ProcessingProblem, refused.Fault.FaultCode);
        Assert.False(refused.Fault.SenderFault);
        Assert.Equal(2, guard.Count);
    }

    [Fact]
    public void A_full_cache_makes_room_from_expired_ids()
    {
        var guard = new IdwsReplayGuard(TimeSpan.FromMinutes(5), 2);
        guard.Admit("t", "1", Now, Now, Skew);
        guard.Admit("t", "2", Now, Now, Skew);
        var later = Now + TimeSpan.FromMinutes(8);

        guard.Admit("t", "3", later, later, Skew);

        Assert.Equal(1, guard.Count);
    }

    [Fact]
    public void From_reads_the_age_and_size_with_their_defaults()
    {
        var defaults = IdwsReplayGuard.From(new ConfigurationBuilder().Build());
        var configured = IdwsReplayGuard.From(Configuration(("nsp.idws.max.message.age", "PT2M"), ("nsp.idws.replay.cache.size", "7")));

        Assert.Equal(TimeSpan.FromMinutes(5), defaults.MaxMessageAge);
        Assert.Equal(100_000, defaults.CacheSize);
        Assert.Equal(TimeSpan.FromMinutes(2), configured.MaxMessageAge);
        Assert.Equal(7, configured.CacheSize);
    }

    [Theory]
    [InlineData("nsp.idws.max.message.age", "PT0S")]
    [InlineData("nsp.idws.max.message.age", "soon")]
    [InlineData("nsp.idws.replay.cache.size", "0")]
    public void From_refuses_a_value_it_cannot_use_naming_the_key(string key, string value)
    {
        var refused = Assert.Throws<InvalidPropertyException>(() => IdwsReplayGuard.From(Configuration((key, value))));

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
