using Nsp.Domain.Brs;

namespace Nsp.Tests.Unit.Brs;

public sealed class RelationGradesTests
{
    [Fact]
    public void Grades_order_from_A_plus_plus_down_to_E()
    {
        Assert.Equal(["A++", "A+", "A", "B", "C", "D", "E"], RelationGrades.StrongestFirst.Select(g => g.ToText()));
        Assert.True(RelationGrade.APlus > RelationGrade.A);
        Assert.True(RelationGrade.D > RelationGrade.E);
    }

    [Theory]
    [InlineData("A++", RelationGrade.APlusPlus)]
    [InlineData("urn:dk:healthcare:brs:A+", RelationGrade.APlus)]
    [InlineData("urn:dk:healthcare:brs:E", RelationGrade.E)]
    [InlineData("B", RelationGrade.B)]
    public void Texts_and_urns_are_read(string value, RelationGrade expected)
    {
        Assert.True(RelationGrades.TryParse(value, out var grade));
        Assert.Equal(expected, grade);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("A+++")]
    [InlineData("urn:dk:healthcare:brs:")]
    [InlineData("urn:other:A")]
    [InlineData(null)]
    public void Other_values_are_not_grades(string? value) => Assert.False(RelationGrades.TryParse(value, out _));

    [Fact]
    public void A_minimum_expands_into_itself_and_every_stronger_grade()
    {
        Assert.Equal([RelationGrade.APlusPlus, RelationGrade.APlus, RelationGrade.A, RelationGrade.B], RelationGrade.B.AndStronger());
        Assert.Equal([RelationGrade.APlusPlus], RelationGrade.APlusPlus.AndStronger());
        Assert.Equal("urn:dk:healthcare:brs:A++", RelationGrade.APlusPlus.ToUrn());
    }

    [Fact]
    public void The_strongest_grade_found_wins_and_none_found_gives_the_fallback()
    {
        Assert.Equal(RelationGrade.A, RelationGrades.Strongest([RelationGrade.C, RelationGrade.A, RelationGrade.D], RelationGrade.E));
        Assert.Equal(RelationGrade.E, RelationGrades.Strongest([RelationGrade.E], RelationGrade.D));
        Assert.Equal(RelationGrade.D, RelationGrades.Strongest([], RelationGrade.D));
    }
}
