using Nsp.Application.Shared.MinLog;

namespace Nsp.Tests.Unit.Shared.Pipeline;

public sealed class RegKodeTests
{
    [Fact]
    public void UuidV5_matches_the_RFC_9562_example_for_the_DNS_namespace()
    {
        // RFC 9562 appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace.
        var uuid = RegKode.UuidV5(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com");

        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", uuid.ToString());
    }

    [Fact]
    public void Different_messages_citizens_or_actions_give_different_codes()
    {
        var code = RegKode.For("m1", "0101801234", "Opslag");

        Assert.Equal(36, code.Length);
        Assert.NotEqual(code, RegKode.For("m2", "0101801234", "Opslag"));
        Assert.NotEqual(code, RegKode.For("m1", "0101801235", "Opslag"));
        Assert.NotEqual(code, RegKode.For("m1", "0101801234", "Oprettelse"));
    }

    [Fact]
    public void The_parts_are_kept_apart_so_moving_a_character_between_them_changes_the_code()
    {
        Assert.NotEqual(RegKode.For("m1", "0101801234", "Opslag"), RegKode.For("m", "10101801234", "Opslag"));
        Assert.NotEqual(RegKode.For("m1", "0101801234", "Opslag"), RegKode.For("m1", "010180123", "4Opslag"));
    }
}
