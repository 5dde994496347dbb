using System.Globalization;
using System.Text;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>The side-by-side run's one table, in Markdown (docs/benchmarks.md takes it as printed).</summary>
public static class ResultTable
{
    public static string Render(IEnumerable<ResultRow> rows, IEnumerable<string> notes)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(notes);
        var table = new StringBuilder();
        table.AppendLine("| service | operation | kind | connections | req/s | p50 ms | p99 ms | errors | vs bare / pgbench | peak RSS MB |");
        table.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var r = row.Result;
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Service} | {row.Operation} | {row.Kind} | {row.Connections} | {r.RequestsPerSecond:N0} | {r.P50Ms:0.0} | {r.P99Ms:0.0} | {r.Errors} | {(row.Ratio is { } ratio ? ratio.ToString("P1", CultureInfo.InvariantCulture) : "–")} | {(r.PeakRssBytes > 0 ? (r.PeakRssBytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture) : "–")} |"));
        }

        foreach (string note in notes)
        {
            table.AppendLine().AppendLine(note);
        }

        return table.ToString();
    }
}
