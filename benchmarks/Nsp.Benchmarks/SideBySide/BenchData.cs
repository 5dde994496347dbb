namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// What the side-by-side database holds and where each operation's subjects come from. CPR numbers are 10 000 a day
/// from a first day per purpose, so no two purposes share a citizen.
/// </summary>
public static class BenchData
{
    /// <summary>1M blurrings: 500 000 citizens with two organisations each, a quarter of the second ones ended.</summary>
    public const int BlurredCitizens = 500_000;
    public static readonly DateOnly BlurredFrom = new(1960, 1, 1);
    public static readonly DateOnly UnblurredFrom = new(1990, 1, 1);

    /// <summary>Citizens CreateBlurring upserts, known to IDSAS's PersonInformation file.</summary>
    public const int BlurringWriteCitizens = 10_000;
    public static readonly DateOnly BlurringWriteFrom = new(1975, 1, 1);

    /// <summary>Departments blurred for everybody, listed by ListAllActiveOrgBlurrings.</summary>
    public const int ActiveOrgBlurrings = 200;

    /// <summary>Departments CreateOrgBlurring and RemoveOrgBlurring take turns on.</summary>
    public const int OrgWriteIds = 10_000;

    /// <summary>1M organ donor registrations of citizens the benchmark never asks about.</summary>
    public const int OdrBulkRegistrations = 1_000_000;
    public static readonly DateOnly OdrBulkFrom = new(1940, 1, 1);

    /// <summary>Registered citizens: Get, Has and Update.</summary>
    public const int OdrRegistered = 10_000;
    public static readonly DateOnly OdrRegisteredFrom = new(1970, 6, 1);

    /// <summary>Fresh, unregistered citizens for Create (the first thousand also serve reads of "no registration").</summary>
    public static readonly DateOnly OdrCreateFrom = new(1971, 1, 1);

    /// <summary>Fresh, registered citizens for Delete.</summary>
    public static readonly DateOnly OdrDeleteFrom = new(1972, 1, 1);

    /// <summary>The citizens of AddRegistrations' 1,000-entry requests.</summary>
    public static readonly DateOnly MinLogBulkFrom = new(1950, 1, 1);

    /// <summary>10M MinLog entries (issue 14): the lookup's citizen has <see cref="MinLogLookupEntries"/> of them.</summary>
    public const int MinLogEntries = 10_000_000;
    public const int MinLogLookupEntries = 10_000;
    public static readonly DateOnly MinLogOthersFrom = new(1930, 1, 1);
    public const string MinLogLookupCitizen = "0101451234";

    public static string DepartmentId(int index) => "9" + index.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    public static string ListedDepartmentId(int index) => "8" + index.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
}
