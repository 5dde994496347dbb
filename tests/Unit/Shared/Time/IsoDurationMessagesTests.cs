using Nsp.Domain.Shared.Time;

namespace Nsp.Tests.Unit.Shared.Time;

public sealed class IsoDurationMessagesTests
{
    [Fact]
    public void No_text_at_all_is_refused_as_an_argument_error() =>
        Assert.Throws<ArgumentNullException>(() => IsoDuration.Parse(null!));

    [Fact]
    public void A_calendar_period_is_refused_with_the_reason_it_is_not_a_duration()
    {
        var error = Assert.Throws<FormatException>(() => IsoDuration.Parse("P1Y"));

        Assert.Contains("years, months or weeks, which have no fixed length", error.Message);
        Assert.Contains("Calendar periods such as P1Y are read as periods.", error.Message);
    }

    [Fact]
    public void Days_with_an_empty_time_part_are_refused_as_malformed_not_as_a_calendar_period()
    {
        var error = Assert.Throws<FormatException>(() => IsoDuration.Parse("P5DT"));

        Assert.Contains("is not an ISO-8601 duration", error.Message);
        Assert.DoesNotContain("no fixed length", error.Message);
    }

    [Theory]
    [InlineData(50, "PT0.05S")]
    [InlineData(-300000, "-PT5M")]
    public void Format_writes_leading_zeros_of_a_fraction_and_the_sign(int milliseconds, string expected) =>
        Assert.Equal(expected, IsoDuration.Format(TimeSpan.FromMilliseconds(milliseconds)));
}
