using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>Runs <c>wrk</c> (two threads, one per core) against a URL with a script from <see cref="WrkScript"/>.</summary>
public static class WrkRunner
{
    public static async Task<LoadResult> RunAsync(Uri url, string scriptPath, int connections, int seconds)
    {
        ArgumentNullException.ThrowIfNull(url);
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            "-t", Math.Min(2, connections).ToString(CultureInfo.InvariantCulture),
            "-c", connections.ToString(CultureInfo.InvariantCulture),
            "-d", seconds.ToString(CultureInfo.InvariantCulture) + "s",
            "--timeout", "10s",
            "-s", scriptPath,
            url.ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        string text = await output;
        string line = text.Split('\n').FirstOrDefault(l => l.StartsWith(WrkScript.ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result (exit {process.ExitCode}):\n{text}\n{await errors}");
        using var result = JsonDocument.Parse(line[WrkScript.ResultPrefix.Length..]);
        var root = result.RootElement;
        long requests = root.GetProperty("requests").GetInt64();
        double elapsed = root.GetProperty("duration_us").GetInt64() / 1e6;
        return new LoadResult(
            requests / elapsed,
            root.GetProperty("p50_us").GetInt64() / 1000.0,
            root.GetProperty("p99_us").GetInt64() / 1000.0,
            root.GetProperty("errors").GetInt64(),
            requests,
            0);
    }
}
