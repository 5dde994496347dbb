using Nsp.Domain.MinLog;

namespace Nsp.Tests.Unit.MinLog.Domain;

public sealed class MinLogStatusTests
{
    private static readonly DateTime Noon = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LocalNoon = DateTime.SpecifyKind(Noon, DateTimeKind.Local);

    [Fact]
    public void The_cleanup_row_starts_at_a_cutoff_and_advances_to_the_next()
    {
        var status = MinLogStatus.Create(MinLogStatus.CleanupRowId, Noon);
        Assert.Equal((MinLogStatus.CleanupRowId, Noon), (status.Id, status.LastUpdated));

        status.Advance(Noon.AddDays(1));

        Assert.Equal(Noon.AddDays(1), status.LastUpdated);
    }

    [Fact]
    public void A_local_cutoff_is_refused_when_created_or_advanced()
    {
        Assert.Contains("UTC", Assert.Throws<ArgumentException>(() => MinLogStatus.Create(MinLogStatus.CleanupRowId, LocalNoon)).Message);
        var status = MinLogStatus.Create(MinLogStatus.CleanupRowId, Noon);
        Assert.Contains("UTC", Assert.Throws<ArgumentException>(() => status.Advance(LocalNoon)).Message);
        Assert.Equal(Noon, status.LastUpdated);
    }
}
