namespace Nsp.Application.Shared.MinLog.Transfer;

/// <summary>A service's transfer job settings: rows per batch, the run's time budget, and how old the oldest waiting
/// entry may get before the alarm page reports it (<c>minlog.transfer.alarm.age</c>, PT10M).</summary>
public sealed record MinLogTransferSettings(int BatchSize, TimeSpan MaxDuration, TimeSpan AlarmAge)
{
    public const string JobName = "minlog-transfer";

    public static MinLogTransferSettings Default { get; } = new(500, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(10));
}
