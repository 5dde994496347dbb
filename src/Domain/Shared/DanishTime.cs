namespace Nsp.Domain.Shared;

/// <summary>Danish local time (Europe/Copenhagen): how the seeds' logs show instants, and what an incoming timestamp
/// without an offset means.</summary>
public static class DanishTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateTimeOffset From(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Reads a local Danish wall-clock time (no offset) as an instant.</summary>
    public static DateTimeOffset FromLocal(DateTime wallClock)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }
}
