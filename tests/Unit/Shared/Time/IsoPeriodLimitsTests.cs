using Nsp.Domain.Shared.Time;

namespace Nsp.Tests.Unit.Shared.Time;

public sealed class IsoPeriodLimitsTests
{
    [Fact]
    public void No_text_at_all_is_refused_as_an_argument_error() =>
        Assert.Throws<ArgumentNullException>(() => IsoPeriod.Parse(null!));

    [Fact]
    public void A_duration_is_refused_with_the_reason_it_is_not_a_period()
    {
        var error = Assert.Throws<FormatException>(() => IsoPeriod.Parse("PT15S"));

        Assert.Contains("has a time part", error.Message);
        Assert.Contains("Durations such as PT15S are read as durations, not periods.", error.Message);
    }

    [Theory]
    [InlineData("P400000000W")]
    [InlineData("-P-2147483648Y")]
    [InlineData("-P-2147483648M")]
    [InlineData("-P-2147483648D")]
    public void A_period_beyond_the_range_of_its_parts_is_refused_instead_of_wrapping_around(string text)
    {
        var error = Assert.Throws<FormatException>(() => IsoPeriod.Parse(text));

        Assert.Contains("out of range", error.Message);
    }

    [Fact]
    public void Years_too_many_to_count_in_months_overflow_instead_of_wrapping_to_a_few_months()
    {
        // 357913942 years are 4294967304 months, which wraps to 8 in 32 bits.
        var period = new IsoPeriod(357913942, 0, 0);

        Assert.Throws<OverflowException>(() => period.AddTo(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Subtracting_from_a_date_and_time_goes_back_by_the_days_too()
    {
        var start = new DateTime(2026, 3, 10, 8, 30, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2025, 1, 7, 8, 30, 0, DateTimeKind.Utc), IsoPeriod.Parse("P1Y2M3D").SubtractFrom(start));
    }
}
