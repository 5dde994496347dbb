using Nsp.Domain.Shared.Time;

namespace Nsp.Tests.Unit.Shared.Time;

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("PT15S", 0, 0, 15, 0)]
    [InlineData("PT10M", 0, 10, 0, 0)]
    [InlineData("PT20S", 0, 0, 20, 0)]
    [InlineData("PT1H30M", 1, 30, 0, 0)]
    [InlineData("PT0.5S", 0, 0, 0, 500)]
    [InlineData("PT0,25S", 0, 0, 0, 250)]
    [InlineData("P1DT2H", 26, 0, 0, 0)]
    [InlineData("P2D", 48, 0, 0, 0)]
    [InlineData("PT10000S", 0, 0, 10000, 0)]
    [InlineData("PT0S", 0, 0, 0, 0)]
    [InlineData("pt5m", 0, 5, 0, 0)]
    public void Parse_reads_days_hours_minutes_and_seconds(string text, int hours, int minutes, int seconds, int milliseconds)
    {
        Assert.Equal(new TimeSpan(0, hours, minutes, seconds, milliseconds), IsoDuration.Parse(text));
    }

    [Fact]
    public void Parse_reads_signs_like_java()
    {
        Assert.Equal(TimeSpan.FromMinutes(-5), IsoDuration.Parse("-PT5M"));
        Assert.Equal(TimeSpan.FromMinutes(55), IsoDuration.Parse("PT1H-5M"));
        Assert.Equal(TimeSpan.FromMilliseconds(-500), IsoDuration.Parse("PT-0.5S"));
    }

    [Fact]
    public void Parse_keeps_fractions_down_to_100_nanoseconds_and_drops_finer_digits()
    {
        Assert.Equal(TimeSpan.FromTicks(1_234_567), IsoDuration.Parse("PT0.123456789S"));
    }

    [Theory]
    [InlineData("P1Y")]
    [InlineData("P12M")]
    [InlineData("P2W")]
    [InlineData("P1Y2M10DT2H")]
    public void Parse_rejects_years_months_and_weeks_explaining_they_have_no_fixed_length(string text)
    {
        var exception = Assert.Throws<FormatException>(() => IsoDuration.Parse(text));
        Assert.Contains("no fixed length", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("15S")]
    [InlineData("PT15")]
    [InlineData("PT1.5M")]
    [InlineData("PT1S2M")]
    [InlineData("PT0.1234567890S")]
    [InlineData("1500")]
    [InlineData("PT99999999999999999999S")]
    [InlineData("P99999999999999D")]
    public void Parse_rejects_garbage_with_a_format_exception(string text)
    {
        var exception = Assert.Throws<FormatException>(() => IsoDuration.Parse(text));
        Assert.Contains("duration", exception.Message, StringComparison.Ordinal);
        Assert.False(IsoDuration.TryParse(text, out _));
    }

    [Theory]
    [InlineData("PT15S")]
    [InlineData("PT1H30M")]
    [InlineData("PT0.5S")]
    [InlineData("PT26H")]
    [InlineData("PT0S")]
    [InlineData("-PT5M")]
    public void Format_writes_text_that_parses_back(string text)
    {
        Assert.Equal(text, IsoDuration.Format(IsoDuration.Parse(text)));
    }

    [Fact]
    public void Format_handles_the_extremes_of_TimeSpan()
    {
        Assert.Equal(TimeSpan.MaxValue, IsoDuration.Parse(IsoDuration.Format(TimeSpan.MaxValue)));
        Assert.Equal(TimeSpan.MinValue, IsoDuration.Parse(IsoDuration.Format(TimeSpan.MinValue)));
    }
}
