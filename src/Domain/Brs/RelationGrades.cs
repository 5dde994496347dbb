namespace Nsp.Domain.Brs;

/// <summary>The grades' texts and URNs (<c>urn:dk:healthcare:brs:&lt;grade&gt;</c>) and the ordering rules BRS
/// answers by.</summary>
public static class RelationGrades
{
    private const string UrnPrefix = "urn:dk:healthcare:brs:";

    /// <summary>Every grade, strongest first.</summary>
    public static IReadOnlyList<RelationGrade> StrongestFirst { get; } =
        [RelationGrade.APlusPlus, RelationGrade.APlus, RelationGrade.A, RelationGrade.B, RelationGrade.C, RelationGrade.D, RelationGrade.E];

    public static string ToText(this RelationGrade grade) => grade switch
    {
        RelationGrade.APlusPlus => "A++",
        RelationGrade.APlus => "A+",
        RelationGrade.A => "A",
        RelationGrade.B => "B",
        RelationGrade.C => "C",
        RelationGrade.D => "D",
        RelationGrade.E => "E",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown relation grade."),
    };

    public static string ToUrn(this RelationGrade grade) => UrnPrefix + grade.ToText();

    /// <summary>Reads a grade given as its text (<c>A+</c>) or its URN (<c>urn:dk:healthcare:brs:A+</c>).</summary>
    public static bool TryParse(string? value, out RelationGrade grade)
    {
        var text = value is not null && value.StartsWith(UrnPrefix, StringComparison.Ordinal) ? value[UrnPrefix.Length..] : value;
        foreach (var candidate in StrongestFirst)
        {
            if (string.Equals(candidate.ToText(), text, StringComparison.Ordinal))
            {
                grade = candidate;
                return true;
            }
        }

        grade = default;
        return false;
    }

    /// <summary>The minimum acceptable grade and every stronger one, strongest first: what a caller's
    /// minimum expands into (<c>acceptableRelations</c>).</summary>
    public static IReadOnlyList<RelationGrade> AndStronger(this RelationGrade minimum) =>
        [.. StrongestFirst.Where(g => g >= minimum)];

    /// <summary>The strongest of the grades found; the sources' answers combine this way.</summary>
    public static RelationGrade Strongest(IEnumerable<RelationGrade> grades, RelationGrade whenNone)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var found = false;
        var strongest = RelationGrade.E;
        foreach (var grade in grades)
        {
            strongest = !found || grade > strongest ? grade : strongest;
            found = true;
        }

        return found ? strongest : whenNone;
    }
}
