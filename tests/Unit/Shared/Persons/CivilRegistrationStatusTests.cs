using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Unit.Shared.Persons;

public sealed class CivilRegistrationStatusTests
{
    [Theory]
    [InlineData("01", CivilRegistrationMeaning.Active)]
    [InlineData("03", CivilRegistrationMeaning.Active)]
    [InlineData("05", CivilRegistrationMeaning.Active)]
    [InlineData("07", CivilRegistrationMeaning.Active)]
    [InlineData("70", CivilRegistrationMeaning.Disappeared)]
    [InlineData("80", CivilRegistrationMeaning.Emigrated)]
    [InlineData("90", CivilRegistrationMeaning.Dead)]
    [InlineData("20", CivilRegistrationMeaning.Unknown)]
    [InlineData("60", CivilRegistrationMeaning.Unknown)]
    public void Codes_map_to_their_meaning(string code, CivilRegistrationMeaning meaning)
    {
        var status = CivilRegistrationStatus.Parse(code);
        Assert.Equal(code, status.Code);
        Assert.Equal(meaning, status.Meaning);
        Assert.Equal(meaning == CivilRegistrationMeaning.Active, status.IsActive);
        Assert.Equal(meaning == CivilRegistrationMeaning.Dead, status.IsDead);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("001")]
    [InlineData("9a")]
    [InlineData(" 1")]
    public void Malformed_codes_are_refused(string? code)
    {
        Assert.False(CivilRegistrationStatus.TryParse(code, out _));
    }

    [Fact]
    public void Person_status_compares_by_value()
    {
        var a = new PersonStatus(Cpr.Parse("0101701234"), CivilRegistrationStatus.Parse("90"), new DateOnly(2024, 5, 1));
        var b = new PersonStatus(Cpr.Parse("0101701234"), CivilRegistrationStatus.Parse("90"), new DateOnly(2024, 5, 1));
        Assert.Equal(a, b);
        Assert.NotEqual(a, b with { StatusStartDate = null });
    }
}
