using System.Globalization;
using Nsp.Application.Odr.Operations.Notification;
using Nsp.Domain.Shared.Time;

namespace Nsp.Tests.Unit.Odr.Operations;

public sealed class NotificationCalendarTests
{
    private static readonly IsoPeriod LegalAge = IsoPeriod.Parse("P18Y");
    private static readonly IsoPeriod Offset = IsoPeriod.Parse("P14D");

    [Theory]
    [InlineData("2026-06-01", "2008-06-15")]
    [InlineData("2026-12-20", "2009-01-03")]
    public void A_date_sends_the_letters_of_persons_turning_18_fourteen_days_later(string date, string born)
    {
        Assert.Equal([Day(born)], NotificationCalendar.BirthDatesFor(Day(date), LegalAge, Offset));
    }

    [Fact]
    public void In_a_year_without_29_February_the_leap_day_born_are_sent_with_those_born_on_the_28th()
    {
        // 2026-02-14 + 14 days = 2026-02-28; 2008 was a leap year.
        Assert.Equal([Day("2008-02-28"), Day("2008-02-29")], NotificationCalendar.BirthDatesFor(Day("2026-02-14"), LegalAge, Offset));
        Assert.Equal([Day("2008-03-01")], NotificationCalendar.BirthDatesFor(Day("2026-02-15"), LegalAge, Offset));
    }

    [Fact]
    public void A_date_whose_birthday_is_29_February_sends_nothing_as_18_years_earlier_was_no_leap_year()
    {
        // 2024-02-15 + 14 days = 2024-02-29; those born 2006-02-28 were sent on 2024-02-14.
        Assert.Empty(NotificationCalendar.BirthDatesFor(Day("2024-02-15"), LegalAge, Offset));
    }

    [Fact]
    public void Every_birth_date_of_a_leap_year_is_sent_exactly_once_over_the_year_it_turns_18()
    {
        var sent = new List<DateOnly>();
        for (var date = Day("2025-12-01"); date <= Day("2027-01-31"); date = date.AddDays(1))
        {
            sent.AddRange(NotificationCalendar.BirthDatesFor(date, LegalAge, Offset));
        }

        var leapYear = Enumerable.Range(0, 366).Select(i => Day("2008-01-01").AddDays(i)).ToList();
        Assert.All(leapYear, born => Assert.Single(sent, d => d == born));
    }

    [Theory]
    [InlineData("2026-01-10", null, "2026-01-20", "2026-01-10")]
    [InlineData("2026-01-10", "2026-01-14", "2026-01-20", "2026-01-15")]
    [InlineData("2026-01-10", "2025-12-01", "2026-01-20", "2026-01-10")]
    [InlineData("2026-01-10", "2026-01-20", "2026-01-20", null)]
    [InlineData("2026-01-21", null, "2026-01-20", null)]
    [InlineData("2026-01-10", "2026-01-19", "2026-01-20", "2026-01-20")]
    public void The_next_date_is_the_later_of_the_start_date_and_the_day_after_the_newest_completed_up_to_today(
        string start, string? newestCompleted, string today, string? expected)
    {
        var next = NotificationCalendar.NextDate(Day(start), newestCompleted is null ? null : Day(newestCompleted), Day(today));

        Assert.Equal(expected is null ? null : Day(expected), next);
    }

    [Fact]
    public void Up_to_three_later_days_clamped_onto_a_months_end_are_all_included()
    {
        // One month after 28, 29, 30 and 31 January 2026 is 28 February 2026.
        Assert.Equal(
            [Day("2026-01-28"), Day("2026-01-29"), Day("2026-01-30"), Day("2026-01-31")],
            NotificationCalendar.BirthDatesFor(Day("2026-02-28"), IsoPeriod.Parse("P1M"), IsoPeriod.Parse("P0D")));
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
