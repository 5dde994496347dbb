namespace Nsp.Domain.MinLog;

/// <summary>The seed's <c>status</c> row: row <see cref="CleanupRowId"/> keeps the cutoff the cleanup has reached.</summary>
public sealed class MinLogStatus
{
    public const int CleanupRowId = 1;

    private MinLogStatus(int id, DateTime lastUpdated)
    {
        Id = id;
        LastUpdated = lastUpdated;
    }

    public int Id { get; private set; }

    public DateTime LastUpdated { get; private set; }

    public static MinLogStatus Create(int id, DateTime lastUpdatedUtc)
    {
        RequireUtc(lastUpdatedUtc);
        return new MinLogStatus(id, lastUpdatedUtc);
    }

    public void Advance(DateTime lastUpdatedUtc)
    {
        RequireUtc(lastUpdatedUtc);
        LastUpdated = lastUpdatedUtc;
    }

    private static void RequireUtc(DateTime value)
    {
        if (value.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("lastUpdated must be a UTC instant.", nameof(value));
        }
    }
}
