using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// Runs <c>pgbench</c> with a write's SQL (a script under <c>SideBySide/pgbench</c>) against the benchmark database:
/// the database's own limit for that write, with the same connections and two client threads. Latency percentiles come
/// from pgbench's per-transaction log.
/// </summary>
public static partial class PgbenchRunner
{
    public static async Task<LoadResult> RunAsync(string connectionString, string scriptPath, int connections, int seconds, string workDirectory)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        string logDirectory = Directory.CreateTempSubdirectory("pgbench-").FullName;
        try
        {
            var start = new ProcessStartInfo("pgbench")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workDirectory,
            };
            start.Environment["PGHOST"] = builder.Host ?? "127.0.0.1";
            start.Environment["PGPORT"] = builder.Port.ToString(CultureInfo.InvariantCulture);
            start.Environment["PGUSER"] = builder.Username ?? string.Empty;
            start.Environment["PGPASSWORD"] = builder.Password ?? string.Empty;
            start.Environment["PGDATABASE"] = builder.Database ?? string.Empty;
            foreach (string argument in new[]
            {
                "-n", "-M", "prepared",
                "-c", connections.ToString(CultureInfo.InvariantCulture),
                "-j", Math.Min(2, connections).ToString(CultureInfo.InvariantCulture),
                "-T", seconds.ToString(CultureInfo.InvariantCulture),
                "-f", scriptPath,
                "-l", "--log-prefix", Path.Combine(logDirectory, "tx"),
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pgbench did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            string text = await output + await errors;
            var tps = Tps().Match(text);
            if (process.ExitCode != 0 || !tps.Success)
            {
                throw new InvalidOperationException($"pgbench failed (exit {process.ExitCode}):\n{text}");
            }

            var failed = Failed().Match(text);
            var latencies = ReadLatencies(logDirectory);
            return new LoadResult(
                double.Parse(tps.Groups["tps"].Value, CultureInfo.InvariantCulture),
                Percentile(latencies, 0.50) / 1000.0,
                Percentile(latencies, 0.99) / 1000.0,
                failed.Success ? long.Parse(failed.Groups["n"].Value, CultureInfo.InvariantCulture) : 0,
                latencies.Length,
                0);
        }
        finally
        {
            Directory.Delete(logDirectory, recursive: true);
        }
    }

    private static long[] ReadLatencies(string logDirectory)
    {
        // Each line: client_id transaction_no time_us script_no time_epoch time_us_fraction.
        var latencies = new List<long>();
        foreach (string file in Directory.EnumerateFiles(logDirectory))
        {
            foreach (string line in File.ReadLines(file))
            {
                string[] fields = line.Split(' ');
                if (fields.Length >= 3 && long.TryParse(fields[2], CultureInfo.InvariantCulture, out long micros))
                {
                    latencies.Add(micros);
                }
            }
        }

        long[] sorted = [.. latencies];
        Array.Sort(sorted);
        return sorted;
    }

    private static double Percentile(long[] sorted, double quantile) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    [GeneratedRegex(@"tps = (?<tps>[0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"number of failed transactions: (?<n>\d+)")]
    private static partial Regex Failed();
}
