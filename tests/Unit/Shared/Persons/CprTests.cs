using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Unit.Shared.Persons;

public sealed class CprTests
{
    [Theory]
    [InlineData("0101701234", 1970, 1, 1)] // 7th digit 1: 1900s
    [InlineData("3112993999", 1999, 12, 31)] // 7th digit 3: 1900s
    [InlineData("0101364000", 2036, 1, 1)] // 4, yy <= 36: 2000s
    [InlineData("0101374000", 1937, 1, 1)] // 4, yy >= 37: 1900s
    [InlineData("0101575000", 2057, 1, 1)] // 5-8, yy <= 57: 2000s
    [InlineData("0101588999", 1858, 1, 1)] // 5-8, yy >= 58: 1800s
    [InlineData("0101369000", 2036, 1, 1)] // 9, yy <= 36: 2000s
    [InlineData("0101379000", 1937, 1, 1)] // 9, yy >= 37: 1900s
    public void BirthDate_takes_the_century_from_the_seventh_digit(string value, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Cpr.Parse(value).BirthDate);
    }

    [Theory]
    [InlineData("2902004000")] // 2000 is a leap year
    [InlineData("2902964000")] // 1996
    [InlineData("2902561234")] // 1956
    [InlineData("2902005000")] // 7th digit 5 and yy 00: 2000
    [InlineData("2902965000")] // 7th digit 5 and yy 96: 1896
    public void Parse_accepts_29_February_in_leap_years(string value)
    {
        Assert.Equal(29, Cpr.Parse(value).BirthDate.Day);
    }

    [Theory]
    [InlineData("2902001234")] // 1900 was not a leap year
    [InlineData("2902975000")] // 1897
    [InlineData("2902011234")] // 1901
    [InlineData("2902994000")] // 1999
    public void Parse_refuses_29_February_outside_leap_years(string value)
    {
        Assert.False(Cpr.TryParse(value, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("010170123")] // 9 digits
    [InlineData("01017012345")] // 11 digits
    [InlineData("010170123a")]
    [InlineData("3201701234")] // day 32
    [InlineData("0013701234")] // month 13
    [InlineData("0001701234")] // day 0
    [InlineData("3104701234")] // 31 April
    [InlineData("0101 01234")]
    [InlineData("010170+1234")]
    [InlineData("٠١٠١٧٠١٢٣٤")] // non-ASCII digits
    public void TryParse_refuses_bad_input(string? value)
    {
        Assert.False(Cpr.TryParse(value, out var cpr));
        Assert.Null(cpr);
    }

    [Fact]
    public void Parse_throws_a_FormatException_that_does_not_repeat_the_input()
    {
        var e = Assert.Throws<FormatException>(() => Cpr.Parse("3201701234"));
        Assert.DoesNotContain("3201701234", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Modulus_11_is_not_checked()
    {
        // 0101701235: the weighted sum is not divisible by 11, yet such numbers are issued since 2007.
        Assert.True(Cpr.TryParse("0101701235", out _));
    }

    [Fact]
    public void A_hyphenated_number_parses_and_prints_without_hyphen()
    {
        var cpr = Cpr.Parse("010170-1234");
        Assert.Equal("0101701234", cpr.ToString());
        Assert.Equal(Cpr.Parse("0101701234"), cpr);
    }

    [Fact]
    public void Equal_numbers_are_equal_and_hash_alike()
    {
        var a = Cpr.Parse("0101701234");
        var b = Cpr.Parse("0101701234");
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Cpr.Parse("0101701235"));
    }
}
