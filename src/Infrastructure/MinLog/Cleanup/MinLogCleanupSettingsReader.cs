using System.Globalization;
using Nsp.Application.MinLog.Cleanup;
using Nsp.Domain.Shared.Time;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Infrastructure.MinLog.Cleanup;

/// <summary>The cleanup's keys in <c>minlog.properties</c> (DESIGN 5.4): <c>minlog.cleanup.max.retention</c> (P2Y),
/// <c>minlog.cleanup.batch.size</c> (10000), <c>minlog.cleanup.max.duration</c> (PT15S); and its Quartz trigger
/// <c>minlog.cleanup.cron</c> (ours; the original service's <c>minlogCleanup.cron</c> is read as a fallback).</summary>
public static class MinLogCleanupSettingsReader
{
    public const string MaxRetentionKey = "minlog.cleanup.max.retention";
    public const string BatchSizeKey = "minlog.cleanup.batch.size";
    public const string MaxDurationKey = "minlog.cleanup.max.duration";
    public const string CronKey = "minlog.cleanup.cron";
    public const string LegacyCronKey = "minlogCleanup.cron";

    /// <exception cref="InvalidPropertyException">A zero retention, a batch size below 1 or a duration that is not positive.</exception>
    public static MinLogCleanupSettings From(PropertySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var defaults = new MinLogCleanupSettings();
        var retention = section.GetPeriod(MaxRetentionKey, defaults.MaxRetention);
        if (retention.IsZero || retention.Years < 0 || retention.Months < 0 || retention.Days < 0)
        {
            throw section.InvalidProperty(MaxRetentionKey, retention.ToString(), "a positive period, such as P2Y");
        }

        int batchSize = section.GetInt(BatchSizeKey, defaults.BatchSize);
        if (batchSize < 1)
        {
            throw section.InvalidProperty(BatchSizeKey, batchSize.ToString(CultureInfo.InvariantCulture), "a whole number of at least 1");
        }

        var duration = section.GetDuration(MaxDurationKey, defaults.MaxDuration);
        if (duration <= TimeSpan.Zero)
        {
            throw section.InvalidProperty(MaxDurationKey, IsoDuration.Format(duration), "a positive duration, such as PT15S");
        }

        return new MinLogCleanupSettings { MaxRetention = retention, BatchSize = batchSize, MaxDuration = duration };
    }

    /// <summary>The Quartz cron expression, or null when the job is driven by HTTP only.</summary>
    public static string? Cron(PropertySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.GetOptionalString(CronKey, LegacyCronKey);
    }
}
