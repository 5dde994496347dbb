using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Tests.Unit.Idsas.Domain;

public sealed class PatientIdSaltTests
{
    [Fact]
    public void A_salt_may_have_only_a_prefix_or_only_a_postfix()
    {
        Assert.Equal("a", new PatientIdSalt("a", "").Prefix);
        Assert.Equal("b", new PatientIdSalt("", "b").Postfix);
    }

    [Fact]
    public void A_salt_without_prefix_and_postfix_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new PatientIdSalt("", ""));

        Assert.Contains("prefix or a postfix", error.Message);
    }

    [Fact]
    public void A_salt_in_a_log_line_shows_neither_prefix_nor_postfix() =>
        Assert.Equal("PatientIdSalt(***)", new PatientIdSalt("saltprefix", "saltpostfix").ToString());

    [Fact]
    public void A_missing_prefix_or_postfix_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new PatientIdSalt(null!, "b"));
        Assert.Throws<ArgumentNullException>(() => new PatientIdSalt("a", null!));
    }
}
