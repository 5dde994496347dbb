namespace Nsp.Infrastructure.Odr.Configuration;

/// <summary>The operations part's job keys (seed 001), read from <c>operations.properties</c> with
/// <c>cleanup.properties</c> as fallback; the cron keys are ours (ADR 0034).</summary>
public static class OdrOperationsPropertyKeys
{
    public const string DeceasedDuration = "deletion.desired.execution.duration.deceased";

    /// <summary>An older install's key for the deceased job's budget.</summary>
    public const string OldDeceasedDuration = "deletion.desired.execution.duration";

    public const string DeceasedSave = "deletion.save.deceased";
    public const string DeceasedBatchSize = "deletion.batchsize.deceased";
    public const string DeceasedPersonInformationBatchSize = "personinformation.batchsize.deceased";

    public const string EmigratedDuration = "deletion.desired.execution.duration.emigrated";
    public const string EmigratedBatchSize = "deletion.batchsize.emigrated";
    public const string EmigratedPersonInformationBatchSize = "personinformation.batchsize.emigrated";

    public const string NotificationPrefix = "digitalpost.notification.odr.";
    public const string NotificationStartDate = NotificationPrefix + "startdate";
    public const string NotificationDuration = NotificationPrefix + "send.desired.execution.duration";
    public const string NotificationSendLimit = NotificationPrefix + "send.limit";
    public const string NotificationLegalAge = NotificationPrefix + "legalage.periode.year";
    public const string NotificationOffset = NotificationPrefix + "legalage.offset.days";
    public const string TemplateDigitalUndecided = NotificationPrefix + "template.digital.undecided";
    public const string TemplateDigitalDecided = NotificationPrefix + "template.digital.descided";
    public const string TemplatePhysicalUndecided = NotificationPrefix + "template.physical.undecided";
    public const string TemplatePhysicalDecided = NotificationPrefix + "template.physical.descided";
    public const string NotificationAlarmPeriod = NotificationPrefix + "alarm.date.period";

    public const string DeceasedCron = "odr.deceased.cleanup.cron";
    public const string EmigratedCron = "odr.emigrated.cleanup.cron";
    public const string NotificationCron = "odr.notification.cron";
    public const string MinLogTransferCron = "odr.minlog.transfer.cron";
}
