using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Nsp.Domain.Shared.Time;

/// <summary>
/// A calendar period of years, months and days (ISO-8601 <c>P5Y</c>, <c>P12M</c>, <c>P90D</c>, <c>P1Y2M10D</c>,
/// <c>P2W</c>), added to dates the way java.time's <c>Period</c> does: months first, clamped to the end of the
/// month (Jan 31 + P1M = Feb 28/29, Feb 29 + P1Y = Feb 28), then days. Unlike <see cref="TimeSpan"/> a year here is
/// not 365 days. Weeks are folded into days as Java does, so <c>P2W</c> equals <c>P14D</c> and prints as <c>P14D</c>.
/// </summary>
public readonly record struct IsoPeriod
{
    public IsoPeriod(int years, int months, int days)
    {
        Years = years;
        Months = months;
        Days = days;
    }

    public static IsoPeriod Zero => default;

    public int Years { get; }

    public int Months { get; }

    public int Days { get; }

    public bool IsZero => Years == 0 && Months == 0 && Days == 0;

    public static IsoPeriod FromYears(int years) => new(years, 0, 0);

    public static IsoPeriod FromMonths(int months) => new(0, months, 0);

    public static IsoPeriod FromDays(int days) => new(0, 0, days);

    /// <exception cref="FormatException">The text is not an ISO-8601 period, or it has a time part.</exception>
    public static IsoPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var period, out var error) ? period : throw new FormatException(error);
    }

    public static bool TryParse(string? text, out IsoPeriod period) => TryParse(text, out period, out _);

    public DateOnly AddTo(DateOnly date) => date.AddMonths(TotalMonths()).AddDays(Days);

    public DateOnly SubtractFrom(DateOnly date) => date.AddMonths(-TotalMonths()).AddDays(-Days);

    /// <summary>Adds to the date part; the time of day and <see cref="DateTime.Kind"/> are kept.</summary>
    public DateTime AddTo(DateTime dateTime) => dateTime.AddMonths(TotalMonths()).AddDays(Days);

    public DateTime SubtractFrom(DateTime dateTime) => dateTime.AddMonths(-TotalMonths()).AddDays(-Days);

    /// <summary>The ISO-8601 text, as java.time prints it (<c>P0D</c> when zero); <see cref="Parse"/> reads it back.</summary>
    public override string ToString()
    {
        if (IsZero)
        {
            return "P0D";
        }

        var text = new StringBuilder("P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Days, 'D');
        return text.ToString();
    }

    private int TotalMonths() => checked((Years * 12) + Months);

    private static void Append(StringBuilder text, int value, char designator)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(designator);
        }
    }

    private static bool TryParse(string? text, out IsoPeriod period, out string error)
    {
        period = default;
        if (string.IsNullOrEmpty(text))
        {
            error = "An empty text is not an ISO-8601 period; expected e.g. P5Y, P12M, P90D, P2W or P1Y2M10D.";
            return false;
        }

        if (text.Contains('T', StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{text}' has a time part; a calendar period has only years, months, weeks and days "
                + "(e.g. P5Y, P90D). Durations such as PT15S are read as durations, not periods.";
            return false;
        }

        Match match = IsoPatterns.Period().Match(text);
        if (!match.Success || (!match.Groups[2].Success && !match.Groups[3].Success && !match.Groups[4].Success && !match.Groups[5].Success))
        {
            error = $"'{text}' is not an ISO-8601 period; expected e.g. P5Y, P12M, P90D, P2W or P1Y2M10D.";
            return false;
        }

        try
        {
            int sign = match.Groups[1].Value == "-" ? -1 : 1;
            int years = Number(match.Groups[2]);
            int months = Number(match.Groups[3]);
            int days = checked((Number(match.Groups[4]) * 7) + Number(match.Groups[5]));
            period = new IsoPeriod(checked(sign * years), checked(sign * months), checked(sign * days));
            error = string.Empty;
            return true;
        }
        catch (OverflowException)
        {
            error = $"'{text}' is out of range for a period.";
            return false;
        }
    }

    private static int Number(Group group) =>
        group.Success ? int.Parse(group.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
}
