using System.Globalization;

namespace Nsp.Benchmarks.SideBySide;

/// <summary><c>side-by-side [--connections 8,32,128] [--seconds 10] [--per-thread 15000] [--only a,b]
/// [--postgres CONNECTIONSTRING] [--database nsp_bench] [--markdown FILE] [--skip-cleanup] [--skip-kafka] [--soak-minutes N] [--api-env NAME=VALUE]...</c>.</summary>
public sealed record SideBySideOptions
{
    /// <summary>At most this many connection levels: each takes its own stretch of the fresh CPR pools.</summary>
    public const int ConnectionLevelsMax = 3;

    public IReadOnlyList<int> Connections { get; init; } = [8, 32, 128];

    public int Seconds { get; init; } = 10;

    public int PerThreadPerRun { get; init; } = 15_000;

    public IReadOnlyList<string> Only { get; init; } = [];

    public string Postgres { get; init; } =
        Environment.GetEnvironmentVariable("NSP_BENCH_POSTGRES") ?? "Host=127.0.0.1;Username=nsp_test;Password=nsp_test;Database=nsp_test";

    public string Database { get; init; } = "nsp_bench";

    public string? MarkdownFile { get; init; }

    public bool SkipCleanup { get; init; }

    /// <summary>IDSAS CreateBlurring with the KAFKA persist strategy against librdkafka's mock cluster, unless skipped.</summary>
    public bool SkipKafka { get; init; }

    /// <summary>Minutes of the lookup at the highest connection level, for memory growth; 0 for none.</summary>
    public int SoakMinutes { get; init; }

    /// <summary>Extra environment variables for the API process, for experiments (e.g. <c>DOTNET_gcServer=0</c>).</summary>
    public IReadOnlyDictionary<string, string> ApiEnvironment { get; init; } = new Dictionary<string, string>();

    public bool Includes(BenchOperation operation) =>
        Only.Count == 0 || Only.Any(o => operation.Name.Contains(o, StringComparison.OrdinalIgnoreCase));

    public static SideBySideOptions? Parse(string[] args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var options = new SideBySideOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--connections" when value is not null:
                    options = options with { Connections = [.. value.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))] };
                    break;
                case "--seconds" when value is not null:
                    options = options with { Seconds = int.Parse(value, CultureInfo.InvariantCulture) };
                    break;
                case "--per-thread" when value is not null:
                    options = options with { PerThreadPerRun = int.Parse(value, CultureInfo.InvariantCulture) };
                    break;
                case "--only" when value is not null:
                    options = options with { Only = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
                    break;
                case "--postgres" when value is not null:
                    options = options with { Postgres = value };
                    break;
                case "--database" when value is not null:
                    options = options with { Database = value };
                    break;
                case "--markdown" when value is not null:
                    options = options with { MarkdownFile = value };
                    break;
                case "--api-env" when value is not null && value.Contains('=', StringComparison.Ordinal):
                    options = options with
                    {
                        ApiEnvironment = new Dictionary<string, string>(options.ApiEnvironment) { [value.Split('=', 2)[0]] = value.Split('=', 2)[1] },
                    };
                    break;
                case "--soak-minutes" when value is not null:
                    options = options with { SoakMinutes = int.Parse(value, CultureInfo.InvariantCulture) };
                    break;
                case "--skip-kafka":
                    options = options with { SkipKafka = true };
                    i--;
                    break;
                case "--skip-cleanup":
                    options = options with { SkipCleanup = true };
                    i--;
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete option '{args[i]}'. See docs/benchmarks.md, 'Side by side'.");
                    return null;
            }

            i++;
        }

        if (options.Connections.Count is 0 or > ConnectionLevelsMax || options.Connections.Any(c => c < 1)
            || options.Seconds < 1 || options.SoakMinutes < 0 || options.PerThreadPerRun < 100
            || !System.Text.RegularExpressions.Regex.IsMatch(options.Database, "^[a-z_][a-z0-9_]*$"))
        {
            error.WriteLine($"--connections takes 1 to {ConnectionLevelsMax} positive numbers, --seconds ≥ 1, --per-thread ≥ 100, --database a lowercase name.");
            return null;
        }

        return options;
    }
}
