using Nsp.Domain.Shared.Time;

namespace Nsp.Application.Odr.Operations.Notification;

/// <summary>The job's date arithmetic: which date runs next, and whose letters a date sends.</summary>
public static class NotificationCalendar
{
    /// <summary>The date to work on: the later of the start date and the day after the newest completed date; null
    /// when that is after today (nothing to do until tomorrow).</summary>
    public static DateOnly? NextDate(DateOnly startDate, DateOnly? newestCompleted, DateOnly today)
    {
        var next = newestCompleted is { } newest && newest.AddDays(1) > startDate ? newest.AddDays(1) : startDate;
        return next <= today ? next : null;
    }

    /// <summary>The birth dates whose letters date <paramref name="date"/> sends: those whose <paramref name="legalAge"/>
    /// birthday is <paramref name="offset"/> after the date. Usually one; in a year without 29 February the persons born
    /// on 29 February are included with those born on the 28th (adding years lands them on the 28th), so nobody born on
    /// a leap day is skipped.</summary>
    public static IReadOnlyList<DateOnly> BirthDatesFor(DateOnly date, IsoPeriod legalAge, IsoPeriod offset)
    {
        var birthday = offset.AddTo(date);
        var first = legalAge.SubtractFrom(birthday);
        var dates = new List<DateOnly>();
        // Clamping at a month's end can map up to three later days onto the same birthday (31 → 28 February).
        for (var candidate = first.AddDays(-3); candidate <= first.AddDays(3); candidate = candidate.AddDays(1))
        {
            if (legalAge.AddTo(candidate) == birthday)
            {
                dates.Add(candidate);
            }
        }

        return dates;
    }
}
