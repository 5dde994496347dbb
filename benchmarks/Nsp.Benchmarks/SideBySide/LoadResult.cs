namespace Nsp.Benchmarks.SideBySide;

/// <summary>One load run's outcome: completed requests per second, latency percentiles, failed requests (non-2xx
/// answers, socket errors and timeouts) and the server's peak resident memory during the run.</summary>
public sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Errors, long Requests, long PeakRssBytes)
{
    public LoadResult WithPeak(long peakRssBytes) => this with { PeakRssBytes = peakRssBytes };
}
