using Nsp.Api.Shared.Security;

namespace Nsp.Tests.Unit.Shared.Security;

public sealed class VerifiedIdCardCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    private static IdCard Card(string id) => new()
    {
        Format = IdCardFormat.Dgws,
        Kind = IdCardKind.System,
        AssertionId = "IDCard",
        IdCardId = id,
        IdCardType = "system",
        AuthenticationLevel = 3,
        IssueInstant = Now,
        NotBefore = Now,
        NotOnOrAfter = Now.AddHours(1),
    };

    private static IdCardCacheKey Key(ulong n) => new(n, 0, 0, 0);

    [Fact]
    public void The_least_recently_used_card_goes_when_the_cache_is_full()
    {
        var cache = new VerifiedIdCardCache(2);
        cache.Add(Key(1), Card("1"), Now.AddHours(1), Now);
        cache.Add(Key(2), Card("2"), Now.AddHours(1), Now);
        Assert.True(cache.TryGet(Key(1), out _));

        cache.Add(Key(3), Card("3"), Now.AddHours(1), Now);

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet(Key(1), out var first));
        Assert.Equal("1", first.IdCardId);
        Assert.False(cache.TryGet(Key(2), out _));
        Assert.True(cache.TryGet(Key(3), out _));
    }

    [Fact]
    public void Expired_cards_go_before_recently_used_ones_when_the_cache_is_full()
    {
        var cache = new VerifiedIdCardCache(2);
        cache.Add(Key(1), Card("1"), Now.AddHours(1), Now);
        cache.Add(Key(2), Card("2"), Now.AddMinutes(1), Now);

        cache.Add(Key(3), Card("3"), Now.AddHours(1), Now.AddMinutes(2));

        Assert.True(cache.TryGet(Key(1), out _));
        Assert.False(cache.TryGet(Key(2), out _));
        Assert.True(cache.TryGet(Key(3), out _));
    }

    [Fact]
    public void A_removed_card_is_no_longer_found()
    {
        var cache = new VerifiedIdCardCache(4);
        cache.Add(Key(1), Card("1"), Now.AddHours(1), Now);

        cache.Remove(Key(1));

        Assert.False(cache.TryGet(Key(1), out _));
        Assert.Equal(0, cache.Count);
    }
}
