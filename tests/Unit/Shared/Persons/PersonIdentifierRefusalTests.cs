using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Unit.Shared.Persons;

public sealed class PersonIdentifierRefusalTests
{
    [Fact]
    public void A_text_that_is_not_a_cpr_is_refused_with_what_a_cpr_looks_like()
    {
        var error = Assert.Throws<FormatException>(() => Cpr.Parse("3213450000"));

        Assert.Contains("10 digits starting with a valid DDMMYY date", error.Message);
    }

    [Fact]
    public void A_missing_cpr_equals_only_another_missing_cpr()
    {
        Cpr? missing = null;
        var present = Cpr.Parse("1111111118");

        Assert.False(missing == present);
        Assert.True(missing == null);
        Assert.True(missing != present);
    }

    [Fact]
    public void A_status_in_a_log_line_shows_its_code_and_meaning() =>
        Assert.Equal("01 (Active)", CivilRegistrationStatus.Parse("01").ToString());

    [Fact]
    public void A_status_code_that_is_not_two_digits_is_refused_saying_so()
    {
        var error = Assert.Throws<FormatException>(() => CivilRegistrationStatus.Parse("1"));

        Assert.Contains("two digits", error.Message);
    }
}
