using System.Globalization;
using Nsp.Application.Shared.MinLog.Transfer;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Infrastructure.Shared.MinLogOutbox;

/// <summary>A service's MinLog transfer settings from its operations file (keys ours; the seed's "Minlog Transfer"
/// names none): <c>minlog.transfer.batch.size</c>, <c>minlog.transfer.max.duration</c>,
/// <c>minlog.transfer.alarm.age</c>.</summary>
public static class MinLogTransferSettingsReader
{
    public const string BatchSizeKey = "minlog.transfer.batch.size";
    public const string MaxDurationKey = "minlog.transfer.max.duration";
    public const string AlarmAgeKey = "minlog.transfer.alarm.age";

    /// <exception cref="InvalidPropertyException">A batch size below 1 or a duration that is not positive.</exception>
    public static MinLogTransferSettings From(PropertySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var defaults = MinLogTransferSettings.Default;
        int batchSize = section.GetInt(BatchSizeKey, defaults.BatchSize);
        if (batchSize < 1)
        {
            throw section.InvalidProperty(BatchSizeKey, batchSize.ToString(CultureInfo.InvariantCulture), "a whole number of at least 1");
        }

        return new MinLogTransferSettings(batchSize, Positive(section, MaxDurationKey, defaults.MaxDuration), Positive(section, AlarmAgeKey, defaults.AlarmAge));
    }

    private static TimeSpan Positive(PropertySection section, string key, TimeSpan defaultValue)
    {
        var value = section.GetDuration(key, defaultValue);
        return value > TimeSpan.Zero ? value : throw section.InvalidProperty(key, Nsp.Domain.Shared.Time.IsoDuration.Format(value), "a positive duration, such as PT30S");
    }
}
