using Nsp.Domain.Idsas.Salts;

namespace Nsp.Tests.Unit.Idsas.Domain;

public sealed class SaltTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_salt_of_another_size_is_refused_with_the_size_it_must_have()
    {
        Assert.Throws<ArgumentNullException>(() => Salt.FromBytes(null!, Now));
        Assert.Contains("32 bytes", Assert.Throws<ArgumentException>(() => Salt.FromBytes(new byte[31], Now)).Message);
    }

    [Fact]
    public void A_salt_created_at_a_local_time_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Salt.CreateRandom(DateTime.SpecifyKind(Now, DateTimeKind.Local)));

        Assert.Contains("UTC", error.Message);
    }

    [Fact]
    public void A_salt_in_a_log_line_shows_when_it_was_created_and_never_its_value()
    {
        var salt = Salt.FromBytes(new byte[32], Now);

        Assert.Equal("Salt(0, 2026-11-25T12:00:00.0000000Z)", salt.ToString());
    }
}
