using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Nsp.Domain.Shared.Time;

/// <summary>
/// ISO-8601 durations (<c>PT15S</c>, <c>PT10M</c>, <c>PT1H30M</c>, <c>PT0.5S</c>, <c>P1DT2H</c>) as exact
/// <see cref="TimeSpan"/>s, with java.time's <c>Duration.parse</c> grammar: a day counts as 24 hours, years, months
/// and weeks are refused because they have no fixed length (use <see cref="IsoPeriod"/> for those).
/// Fractions are allowed on seconds only; digits beyond 100 ns are dropped.
/// </summary>
public static class IsoDuration
{
    /// <exception cref="FormatException">The text is not an ISO-8601 duration.</exception>
    public static TimeSpan Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var duration, out var error) ? duration : throw new FormatException(error);
    }

    public static bool TryParse(string? text, out TimeSpan duration) => TryParse(text, out duration, out _);

    /// <summary>The ISO-8601 text in hours, minutes and seconds (<c>PT1H30M</c>, <c>PT0S</c>, <c>-PT5M</c>).</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "PT0S";
        }

        var text = new StringBuilder(duration < TimeSpan.Zero ? "-PT" : "PT");
        // Work on unsigned ticks so TimeSpan.MinValue cannot overflow on negation.
        ulong ticks = duration < TimeSpan.Zero ? (ulong)-(duration.Ticks + 1) + 1 : (ulong)duration.Ticks;
        ulong hours = ticks / TimeSpan.TicksPerHour;
        ulong minutes = ticks / TimeSpan.TicksPerMinute % 60;
        ulong seconds = ticks / TimeSpan.TicksPerSecond % 60;
        ulong fraction = ticks % TimeSpan.TicksPerSecond;
        if (hours != 0)
        {
            text.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
        }

        if (minutes != 0)
        {
            text.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (seconds != 0 || fraction != 0)
        {
            text.Append(seconds.ToString(CultureInfo.InvariantCulture));
            if (fraction != 0)
            {
                text.Append('.').Append(fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0'));
            }

            text.Append('S');
        }

        return text.ToString();
    }

    private static bool TryParse(string? text, out TimeSpan duration, out string error)
    {
        duration = TimeSpan.Zero;
        error = string.Empty;
        if (string.IsNullOrEmpty(text))
        {
            error = "An empty text is not an ISO-8601 duration; expected e.g. PT15S, PT10M, PT1H30M or P1DT2H.";
            return false;
        }

        Match match = IsoPatterns.Duration().Match(text);
        bool hasTimePart = match.Success && match.Groups[3].Success;
        bool hasTimeComponent = match.Success && (match.Groups[4].Success || match.Groups[5].Success || match.Groups[6].Success);
        if (!match.Success || (hasTimePart && !hasTimeComponent) || (!match.Groups[2].Success && !hasTimeComponent))
        {
            error = ExplainRejected(text);
            return false;
        }

        try
        {
            // The sign goes on each part before summing, so that TimeSpan.MinValue (one tick further from zero
            // than MaxValue) can still be read.
            long sign = match.Groups[1].Value == "-" ? -1 : 1;
            long ticks = checked(
                (sign * Number(match.Groups[2]) * TimeSpan.TicksPerDay)
                + (sign * Number(match.Groups[4]) * TimeSpan.TicksPerHour)
                + (sign * Number(match.Groups[5]) * TimeSpan.TicksPerMinute)
                + (sign * Number(match.Groups[6]) * TimeSpan.TicksPerSecond)
                + (sign * FractionTicks(match.Groups[6], match.Groups[7])));
            duration = TimeSpan.FromTicks(ticks);
            return true;
        }
        catch (OverflowException)
        {
            error = $"'{text}' is out of range for a duration.";
            return false;
        }
    }

    private static string ExplainRejected(string text)
    {
        int timeStart = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        string datePart = timeStart < 0 ? text : text[..timeStart];
        if (IsoPatterns.Period().IsMatch(datePart) && datePart.IndexOfAny(['Y', 'y', 'M', 'm', 'W', 'w']) >= 0)
        {
            return $"'{text}' has years, months or weeks, which have no fixed length; a duration may have days (24 h), "
                + "hours, minutes and seconds (e.g. PT15S, PT10M, P1DT2H). Calendar periods such as P1Y are read as periods.";
        }

        return $"'{text}' is not an ISO-8601 duration; expected e.g. PT15S, PT10M, PT1H30M, PT0.5S or P1DT2H.";
    }

    private static long Number(Group group) =>
        group.Success ? long.Parse(group.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;

    private static long FractionTicks(Group seconds, Group fraction)
    {
        if (!fraction.Success || fraction.Value.Length == 0)
        {
            return 0;
        }

        // Seven digits are 100 ns ticks; further digits are below TimeSpan's resolution.
        string digits = fraction.Value.Length > 7 ? fraction.Value[..7] : fraction.Value.PadRight(7, '0');
        long ticks = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return seconds.Value.StartsWith('-') ? -ticks : ticks;
    }
}
