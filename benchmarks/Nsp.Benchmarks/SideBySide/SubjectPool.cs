using System.Globalization;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// Which subject each request of a run names. <see cref="Cycle"/> repeats a list (reads, and writes that may repeat,
/// such as an upsert); <see cref="Fresh"/> hands out CPR numbers never used before in this benchmark (a Create that
/// must not find an active row, a Delete that needs one): day prefixes (DDMMYY) with 10 000 serials each, every load
/// thread and every run taking its own stretch of <see cref="Fresh.PerThreadPerRun"/> numbers.
/// </summary>
public abstract record SubjectPool
{
    public const int SerialsPerDay = 10_000;

    public sealed record Cycle(IReadOnlyList<string> Values) : SubjectPool;

    public sealed record Fresh(IReadOnlyList<string> Days, int PerThreadPerRun) : SubjectPool
    {
        public int Capacity => Days.Count * SerialsPerDay;

        /// <summary>The <paramref name="index"/>-th CPR of the pool.</summary>
        public string At(int index) =>
            Days[index / SerialsPerDay] + (index % SerialsPerDay).ToString("D4", CultureInfo.InvariantCulture);
    }

    /// <summary>A constant subject: an operation whose body names nothing.</summary>
    public static SubjectPool None { get; } = new Cycle([string.Empty]);

    /// <summary>CPR numbers <paramref name="count"/> from the day <paramref name="firstDay"/> on, 10 000 a day.</summary>
    public static IReadOnlyList<string> Cprs(DateOnly firstDay, int first, int count) =>
        [.. Enumerable.Range(first, count).Select(i =>
            firstDay.AddDays(i / SerialsPerDay).ToString("ddMMyy", CultureInfo.InvariantCulture)
            + (i % SerialsPerDay).ToString("D4", CultureInfo.InvariantCulture))];

    /// <summary>The day prefixes of a fresh pool of <paramref name="count"/> CPRs from <paramref name="firstDay"/>.</summary>
    public static IReadOnlyList<string> DaysFrom(DateOnly firstDay, int count) =>
        [.. Enumerable.Range(0, (count + SerialsPerDay - 1) / SerialsPerDay)
            .Select(d => firstDay.AddDays(d).ToString("ddMMyy", CultureInfo.InvariantCulture))];
}
