namespace Nsp.Application.Shared.Status;

/// <summary>A dependency's error window at one moment: what DROS shows as <c>"n/T fejl"</c> and what the alarm
/// pages decide on.</summary>
public sealed record DependencyWindowSnapshot(int FailureCount, int ConsecutiveFailures, int Tolerance, bool Failing)
{
    /// <summary>DROS's text: failures since the last success out of <paramref name="threshold"/>, e.g. <c>"3/50 fejl"</c>.</summary>
    public string FejlText(int threshold) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\"{ConsecutiveFailures}/{threshold} fejl\"");
}
