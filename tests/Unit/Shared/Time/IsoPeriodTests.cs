using Nsp.Domain.Shared.Time;

namespace Nsp.Tests.Unit.Shared.Time;

public sealed class IsoPeriodTests
{
    [Theory]
    [InlineData("P5Y", 5, 0, 0)]
    [InlineData("P1Y", 1, 0, 0)]
    [InlineData("P90D", 0, 0, 90)]
    [InlineData("P12M", 0, 12, 0)]
    [InlineData("P18Y", 18, 0, 0)]
    [InlineData("P14D", 0, 0, 14)]
    [InlineData("P1Y2M10D", 1, 2, 10)]
    [InlineData("P2W", 0, 0, 14)]
    [InlineData("P1W3D", 0, 0, 10)]
    [InlineData("p3d", 0, 0, 3)]
    [InlineData("-P1Y2M", -1, -2, 0)]
    [InlineData("P-3D", 0, 0, -3)]
    public void Parse_reads_years_months_weeks_and_days(string text, int years, int months, int days)
    {
        Assert.Equal(new IsoPeriod(years, months, days), IsoPeriod.Parse(text));
    }

    [Theory]
    [InlineData("PT15S")]
    [InlineData("P1DT2H")]
    [InlineData("PT10M")]
    public void Parse_rejects_a_time_part_and_says_so(string text)
    {
        var exception = Assert.Throws<FormatException>(() => IsoPeriod.Parse(text));
        Assert.Contains("time part", exception.Message, StringComparison.Ordinal);
        Assert.Contains(text, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("5Y")]
    [InlineData("P5")]
    [InlineData("P1D1Y")]
    [InlineData("P1.5Y")]
    [InlineData(" P1Y")]
    [InlineData("P1Y ")]
    [InlineData("one year")]
    [InlineData("P99999999999Y")]
    [InlineData("P\u0661Y")]
    public void Parse_rejects_garbage_with_a_format_exception(string text)
    {
        var exception = Assert.Throws<FormatException>(() => IsoPeriod.Parse(text));
        Assert.Contains("period", exception.Message, StringComparison.Ordinal);
        Assert.False(IsoPeriod.TryParse(text, out _));
    }

    [Theory]
    [InlineData("P5Y")]
    [InlineData("P12M")]
    [InlineData("P90D")]
    [InlineData("P1Y2M10D")]
    [InlineData("P-1Y2M")]
    [InlineData("P0D")]
    public void ToString_round_trips_the_canonical_text(string text)
    {
        Assert.Equal(text, IsoPeriod.Parse(text).ToString());
        Assert.Equal(IsoPeriod.Parse(text), IsoPeriod.Parse(IsoPeriod.Parse(text).ToString()));
    }

    [Fact]
    public void Weeks_are_days_so_P2W_equals_P14D_and_prints_as_days()
    {
        Assert.Equal(IsoPeriod.Parse("P14D"), IsoPeriod.Parse("P2W"));
        Assert.Equal("P14D", IsoPeriod.Parse("P2W").ToString());
    }

    [Fact]
    public void Periods_with_the_same_parts_are_equal_and_share_a_hash_code()
    {
        Assert.Equal(IsoPeriod.FromYears(5), IsoPeriod.Parse("P5Y"));
        Assert.Equal(IsoPeriod.FromYears(5).GetHashCode(), IsoPeriod.Parse("P5Y").GetHashCode());
        Assert.NotEqual(IsoPeriod.FromMonths(12), IsoPeriod.FromYears(1));
        Assert.True(IsoPeriod.Zero == IsoPeriod.Parse("P0D"));
    }

    [Theory]
    [InlineData("2024-01-31", "P1M", "2024-02-29")]
    [InlineData("2023-01-31", "P1M", "2023-02-28")]
    [InlineData("2024-02-29", "P1Y", "2025-02-28")]
    [InlineData("2024-02-29", "P4Y", "2028-02-29")]
    [InlineData("2024-03-31", "P1M1D", "2024-05-01")]
    [InlineData("2020-01-15", "P5Y", "2025-01-15")]
    [InlineData("2024-12-20", "P14D", "2025-01-03")]
    [InlineData("2024-01-31", "P1Y1M", "2025-02-28")]
    public void AddTo_adds_months_clamped_to_the_month_end_then_days(string start, string period, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), IsoPeriod.Parse(period).AddTo(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2024-03-31", "P1M", "2024-02-29")]
    [InlineData("2025-02-28", "P1Y", "2024-02-28")]
    [InlineData("2024-02-29", "P1Y", "2023-02-28")]
    [InlineData("2025-06-01", "P12M", "2024-06-01")]
    [InlineData("2025-01-03", "P14D", "2024-12-20")]
    public void SubtractFrom_goes_back_by_calendar_months_then_days(string start, string period, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), IsoPeriod.Parse(period).SubtractFrom(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Five_years_is_not_five_times_365_days()
    {
        var start = new DateOnly(2020, 3, 1);
        Assert.Equal(new DateOnly(2025, 3, 1), IsoPeriod.Parse("P5Y").AddTo(start));
        Assert.NotEqual(start.AddDays(5 * 365), IsoPeriod.Parse("P5Y").AddTo(start));
    }

    [Theory]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void AddTo_and_SubtractFrom_a_DateTime_keep_the_time_of_day_and_the_kind(DateTimeKind kind)
    {
        var start = new DateTime(2024, 1, 31, 13, 45, 10, kind);

        DateTime added = IsoPeriod.Parse("P1M").AddTo(start);
        DateTime subtracted = IsoPeriod.Parse("P1Y").SubtractFrom(new DateTime(2024, 2, 29, 8, 0, 0, kind));

        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 10, kind), added);
        Assert.Equal(kind, added.Kind);
        Assert.Equal(new DateTime(2023, 2, 28, 8, 0, 0, kind), subtracted);
        Assert.Equal(kind, subtracted.Kind);
    }
}
