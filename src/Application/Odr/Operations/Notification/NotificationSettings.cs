using Nsp.Domain.Shared.Time;

namespace Nsp.Application.Odr.Operations.Notification;

/// <summary>The notification job's settings (<c>digitalpost.notification.odr.*</c> in <c>operations.properties</c>),
/// with the seed's defaults. <see cref="StartDate"/> has none: the job refuses to run without it (ADR 0034).</summary>
public sealed class NotificationSettings
{
    public const string StartDateKey = "digitalpost.notification.odr.startdate";

    /// <summary><c>startdate</c>: no letters for dates before it; null when the operator has not set it.</summary>
    public DateOnly? StartDate { get; init; }

    /// <summary><c>send.desired.execution.duration</c>.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary><c>send.limit</c>: rows fetched and sent per batch.</summary>
    public int SendLimit { get; init; } = 1000;

    /// <summary><c>legalage.periode.year</c>.</summary>
    public IsoPeriod LegalAge { get; init; } = IsoPeriod.FromYears(18);

    /// <summary><c>legalage.offset.days</c>: how long before the birthday the letter goes.</summary>
    public IsoPeriod Offset { get; init; } = IsoPeriod.FromDays(14);

    public NotificationTemplates Templates { get; init; } = NotificationTemplates.Seed;

    /// <summary><c>alarm.date.period</c>: the newest completed date may be this old before the alarm shows.</summary>
    public IsoPeriod AlarmPeriod { get; init; } = IsoPeriod.FromDays(3);
}
