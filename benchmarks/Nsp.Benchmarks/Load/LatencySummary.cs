using System.Globalization;

namespace Nsp.Benchmarks.Load;

/// <summary>Counts and latency percentiles (nearest rank) of one operation's measured requests.</summary>
public sealed record LatencySummary(string Operation, int Succeeded, int Failed, double PerSecond, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(string operation, IReadOnlyCollection<double> latenciesMs, int failed, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(latenciesMs);
        double[] sorted = [.. latenciesMs.Order()];
        return new LatencySummary(
            operation,
            sorted.Length,
            failed,
            (sorted.Length + failed) / elapsed.TotalSeconds,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.95),
            Percentile(sorted, 0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    public string ToMarkdownRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Operation} | {Succeeded} | {Failed} | {PerSecond:F0} | {P50:F2} | {P95:F2} | {P99:F2} | {Max:F1} |");

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
