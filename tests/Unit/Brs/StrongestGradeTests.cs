using Nsp.Domain.Brs;

namespace Nsp.Tests.Unit.Brs;

public sealed class StrongestGradeTests
{
    [Fact]
    public void The_strongest_of_the_sources_answers_wins_and_no_answer_gives_the_fallback()
    {
        Assert.Equal(RelationGrade.APlus, RelationGrades.Strongest([RelationGrade.C, RelationGrade.APlus, RelationGrade.B], RelationGrade.E));
        Assert.Equal(RelationGrade.D, RelationGrades.Strongest([], RelationGrade.D));
    }

    [Fact]
    public void No_list_of_answers_is_an_argument_error() =>
        Assert.Throws<ArgumentNullException>(() => RelationGrades.Strongest(null!, RelationGrade.E));
}
