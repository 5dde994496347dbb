using System.Globalization;
using System.Text;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// The Lua script wrk runs for one operation: each request is the envelope with a MessageID of its own
/// (<c>run-thread-counter</c>) and the next subject, and <c>done</c> prints one result line in JSON
/// (<see cref="ResultPrefix"/>) so nothing depends on wrk's human-readable report.
/// </summary>
public static class WrkScript
{
    public const string ResultPrefix = "SIDE-BY-SIDE ";

    /// <summary>The script for a run of <paramref name="operation"/>; <paramref name="freshOffset"/> is where this
    /// run's stretch of a fresh pool starts.</summary>
    public static string For(BenchOperation operation, string runId, int freshOffset)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var lua = new StringBuilder();
        lua.Append("local parts = {").Append(Long(operation.Envelope.BeforeMessageId)).Append(", ")
            .Append(Long(operation.Envelope.BeforeSubject)).Append(", ").Append(Long(operation.Envelope.AfterSubject)).Append("}\n");
        lua.Append("local run = \"").Append(runId).Append("\"\n");
        switch (operation.Subjects)
        {
            case SubjectPool.Cycle cycle:
                lua.Append("local subjects = {").AppendJoin(",", cycle.Values.Select(v => "\"" + v + "\"")).Append("}\n");
                lua.Append("local function subject(k) return subjects[((k * 2 + tid) % #subjects) + 1] end\n");
                break;
            case SubjectPool.Fresh fresh:
                lua.Append("local days = {").AppendJoin(",", fresh.Days.Select(d => "\"" + d + "\"")).Append("}\n");
                lua.Append(CultureInfo.InvariantCulture, $"local per_thread = {fresh.PerThreadPerRun}\nlocal offset = {freshOffset}\n");
                lua.Append("local function subject(k)\n")
                    .Append("  local i = offset + tid * per_thread + (k % per_thread)\n")
                    .Append(CultureInfo.InvariantCulture, $"  return days[math.floor(i / {SubjectPool.SerialsPerDay}) + 1] .. string.format(\"%04d\", i % {SubjectPool.SerialsPerDay})\n")
                    .Append("end\n");
                break;
            default:
                throw new InvalidOperationException($"Unknown subject pool {operation.Subjects.GetType().Name}.");
        }

        lua.Append("""
            local threads = {}
            function setup(thread)
              thread:set("tid", #threads)
              table.insert(threads, thread)
            end
            local k = 0
            local headers = { ["Content-Type"] = "text/xml; charset=utf-8" }
            function request()
              k = k + 1
              return wrk.format("POST", nil, headers, parts[1] .. run .. "-" .. tid .. "-" .. k .. parts[2] .. subject(k) .. parts[3])
            end
            function done(summary, latency, requests)
              local e = summary.errors
              io.write(string.format('SIDE-BY-SIDE {"requests":%d,"duration_us":%d,"errors":%d,"p50_us":%d,"p99_us":%d}\n',
                summary.requests, summary.duration, e.status + e.connect + e.read + e.write + e.timeout,
                latency:percentile(50), latency:percentile(99)))
            end

            """);
        return lua.ToString();
    }

    private static string Long(string text)
    {
        // A Lua long string whose closing bracket cannot occur in the text.
        string level = "=";
        while (text.Contains("]" + level + "]", StringComparison.Ordinal))
        {
            level += "=";
        }

        return "[" + level + "[" + text + "]" + level + "]";
    }
}
