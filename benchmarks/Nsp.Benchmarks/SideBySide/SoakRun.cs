using System.Globalization;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>Memory over time (issue 13, "no growth over a 5-minute run"): the operation at the given connections for
/// that many minutes, one row per minute with the API's peak and end-of-minute resident memory.</summary>
public static class SoakRun
{
    public static async Task<string> RunAsync(
        SideBySideRun run, ServerProcess api, BenchOperation operation, int connections, int minutes, List<ResultRow> rows)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(rows);
        await run.Output.WriteLineAsync($"Soak: {operation.Name} at {connections} connections for {minutes} minute(s) ...");
        var endOfMinute = new List<long>();
        for (int minute = 1; minute <= minutes; minute++)
        {
            var result = await run.LoadAsync(api, operation, connections, 60, "s" + minute.ToString(CultureInfo.InvariantCulture));
            endOfMinute.Add(api.ResidentBytes());
            rows.Add(new ResultRow(operation.Service, $"{operation.Name} soak, minute {minute}", operation.Kind.ToString(), connections, result, null));
            await run.Output.WriteLineAsync(SideBySideCommand.Line(rows[^1]) + $"  RSS {Mb(endOfMinute[^1])} MB");
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"Soak: {operation.Name} at {connections} connections, {minutes} × 60 s; the API's resident memory at the end of each minute: {string.Join(", ", endOfMinute.Select(Mb))} MB.");
    }

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture);
}
