using System.Globalization;

namespace Nsp.Benchmarks.Hosting;

/// <summary>Deterministic CPR numbers for the seeded data: the first six digits a valid date (DDMMYY), the last four
/// a serial. Blurred citizens are numbered from 0; unblurred ones live on other dates, so no lookup of an unblurred
/// citizen finds a row by accident.</summary>
public static class SampleCitizens
{
    private const int SerialsPerDay = 10_000;
    private static readonly DateOnly BlurredFrom = new(1960, 1, 1);
    private static readonly DateOnly UnblurredFrom = new(1990, 1, 1);

    public static string Blurred(int index) => Cpr(BlurredFrom, index);

    public static string Unblurred(int index) => Cpr(UnblurredFrom, index);

    private static string Cpr(DateOnly from, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var date = from.AddDays(index / SerialsPerDay);
        return date.ToString("ddMMyy", CultureInfo.InvariantCulture) + (index % SerialsPerDay).ToString("D4", CultureInfo.InvariantCulture);
    }
}
