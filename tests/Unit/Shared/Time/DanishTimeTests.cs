using Nsp.Domain.Shared;

namespace Nsp.Tests.Unit.Shared.Time;

public sealed class DanishTimeTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    public void A_wall_clock_time_without_offset_is_read_as_Copenhagen_time(int month, int offsetHours)
    {
        var instant = DanishTime.FromLocal(new DateTime(2026, month, 15, 12, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTimeOffset(2026, month, 15, 12, 0, 0, TimeSpan.FromHours(offsetHours)), instant);
        Assert.Equal(TimeSpan.FromHours(offsetHours), instant.Offset);
    }
}
