using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Unit.Shared.Persons;

public sealed class CvrTests
{
    [Fact]
    public void Eight_digits_parse_and_print_unchanged()
    {
        Assert.Equal("12345678", Cvr.Parse("12345678").ToString());
        Assert.Equal(Cvr.Parse("12345678"), Cvr.Parse("12345678"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567a")]
    [InlineData(" 12345678")]
    public void Anything_else_is_refused(string? value)
    {
        Assert.False(Cvr.TryParse(value, out _));
    }

    [Fact]
    public void Parse_throws_FormatException_on_bad_input()
    {
        Assert.Throws<FormatException>(() => Cvr.Parse("1234"));
    }
}
