using System.Globalization;
using Microsoft.Extensions.Configuration;
using Nsp.Application.Odr.Operations;
using Nsp.Application.Odr.Operations.Notification;
using Nsp.Domain.Shared.Time;
using Nsp.Infrastructure.Shared.Configuration;
using K = Nsp.Infrastructure.Odr.Configuration.OdrOperationsPropertyKeys;

namespace Nsp.Infrastructure.Odr.Configuration;

/// <summary>The jobs' settings from <c>operations.properties</c> (then <c>cleanup.properties</c>), with the seed's
/// defaults; a size below 1, a budget not above zero or a start date that is not yyyy-MM-dd stops start-up.</summary>
public static class OdrOperationsSettingsReader
{
    public static OdrOperationsSettings Cleanup(IConfiguration configuration)
    {
        var section = OdrClientSettingsReader.Section(configuration);
        return new OdrOperationsSettings
        {
            DeceasedMaxDuration = Positive(section, K.DeceasedDuration, TimeSpan.FromSeconds(20), K.OldDeceasedDuration),
            DeceasedSavePeriod = section.GetPeriod(K.DeceasedSave, IsoPeriod.FromMonths(12)),
            DeceasedBatchSize = AtLeastOne(section, K.DeceasedBatchSize, 1000),
            DeceasedPersonInformationBatchSize = AtLeastOne(section, K.DeceasedPersonInformationBatchSize, 100),
            EmigratedMaxDuration = Positive(section, K.EmigratedDuration, TimeSpan.FromSeconds(20)),
            EmigratedBatchSize = AtLeastOne(section, K.EmigratedBatchSize, 1000),
            EmigratedPersonInformationBatchSize = AtLeastOne(section, K.EmigratedPersonInformationBatchSize, 1000),
        };
    }

    public static NotificationSettings Notification(IConfiguration configuration)
    {
        var section = OdrClientSettingsReader.Section(configuration);
        var seed = NotificationTemplates.Seed;
        return new NotificationSettings
        {
            StartDate = StartDate(section),
            MaxDuration = Positive(section, K.NotificationDuration, TimeSpan.FromSeconds(20)),
            SendLimit = AtLeastOne(section, K.NotificationSendLimit, 1000),
            LegalAge = section.GetPeriod(K.NotificationLegalAge, IsoPeriod.FromYears(18)),
            Offset = section.GetPeriod(K.NotificationOffset, IsoPeriod.FromDays(14)),
            Templates = new NotificationTemplates(
                section.GetString(K.TemplateDigitalUndecided, seed.DigitalUndecided),
                section.GetString(K.TemplateDigitalDecided, seed.DigitalDecided),
                section.GetString(K.TemplatePhysicalUndecided, seed.PhysicalUndecided),
                section.GetString(K.TemplatePhysicalDecided, seed.PhysicalDecided)),
            AlarmPeriod = section.GetPeriod(K.NotificationAlarmPeriod, IsoPeriod.FromDays(3)),
        };
    }

    // Required for the job only: the embedded default serves every part, and a host without letters to send must start.
    private static DateOnly? StartDate(PropertySection section)
    {
        var text = section.GetOptionalString(K.NotificationStartDate)?.Trim();
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw section.InvalidProperty(K.NotificationStartDate, text, "a date yyyy-MM-dd");
    }

    private static int AtLeastOne(PropertySection section, string key, int defaultValue)
    {
        var value = section.GetInt(key, defaultValue);
        return value >= 1 ? value : throw section.InvalidProperty(key, value.ToString(CultureInfo.InvariantCulture), "a whole number of at least 1");
    }

    private static TimeSpan Positive(PropertySection section, string key, TimeSpan defaultValue, string? fallbackKey = null)
    {
        var value = section.GetDuration(key, defaultValue, fallbackKey);
        return value > TimeSpan.Zero ? value : throw section.InvalidProperty(key, value.ToString(), "an ISO-8601 duration above zero, such as PT20S");
    }
}
