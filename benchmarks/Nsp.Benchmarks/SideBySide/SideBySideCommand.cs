using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Npgsql;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Odr.FirstStart;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// <c>side-by-side</c> (issue 13; run by <c>scripts/bench.sh</c>): the API as its own process on PostgreSQL with
/// realistic data, a bare ASP.NET Core endpoint answering the same bytes, <c>wrk</c> against both at each connection
/// level, <c>pgbench</c> with each write's SQL, the API's peak resident memory per run, and IDSAS's cleanup rate on
/// 1M expired rows; one Markdown table at the end. Measuring, not testing: it fails only when it cannot measure.
/// </summary>
public static class SideBySideCommand
{
    public const string Command = "side-by-side";

    private const int WarmUpSeconds = 3;

    public static async Task<int> RunAsync(SideBySideOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        string root = Directory.CreateTempSubdirectory("nsp-side-by-side-").FullName;
        try
        {
            return await RunInAsync(root, options, output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<int> RunInAsync(string root, SideBySideOptions options, TextWriter output)
    {
        string config = Path.Combine(root, "config");
        string data = Path.Combine(root, "data");
        Directory.CreateDirectory(config);
        WritePersons(Path.Combine(config, IdsasFirstStart.PersonsFileName),
            SubjectPool.Cprs(BenchData.BlurringWriteFrom, 0, BenchData.BlurringWriteCitizens).Append(LocalSampleSystem.PatientCpr));
        WritePersons(Path.Combine(config, OdrFirstStart.PersonsFileName),
            BenchOperations.OdrKnownCitizens(options.PerThreadPerRun).Append(LocalSampleSystem.PatientCpr));
        IdsasFirstStart.WriteConfiguration(config);
        OdrFirstStart.WriteConfiguration(config, DateOnly.FromDateTime(DateTime.UtcNow));

        var database = new BenchDatabase(options.Postgres, options.Database);
        await output.WriteLineAsync($"Creating database {options.Database} ...");
        await database.RecreateAsync();
        string apiConnectionString = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = options.Database }.ConnectionString;
        var environment = new Dictionary<string, string>
        {
            ["NSP_CONFIG_DIR"] = config,
            ["NSP_DB_SQLITE_DIRECTORY"] = data,
            ["NSP_LOG_DIRECTORY"] = Path.Combine(root, "logs"),
            ["NSP_DB_PROVIDER"] = "postgresql",
            ["NSP_DB_CONNECTIONSTRING"] = apiConnectionString,
        };
        foreach ((string name, string value) in options.ApiEnvironment)
        {
            environment[name] = value;
        }

        string here = AppContext.BaseDirectory;
        var sideBySide = new SideBySideRun(root, config, environment, output);
        await output.WriteLineAsync("Starting the API (Release, its own process, PostgreSQL) ...");
        await using var api = await ServerProcess.StartAsync(sideBySide.ApiDll, [], environment, "/odr/status", root);

        await output.WriteLineAsync("Seeding 1M blurrings, 1M organ donor registrations and 10M MinLog entries ...");
        var seeding = Stopwatch.StartNew();
        var salt = SaltOf(Path.Combine(config, "idsas-patient-id-salt.properties"));
        await database.SeedIdsasAsync(salt.Prefix, salt.Postfix);
        await database.SeedOdrAsync(BenchOperations.FreshPerPool(options.PerThreadPerRun));
        await database.SeedMinLogAsync();
        await output.WriteLineAsync($"Seeded in {seeding.Elapsed.TotalSeconds:N0} s.");

        var operations = BenchOperations.All(new NspHostOptions { SqliteDirectory = data }, options.PerThreadPerRun)
            .Where(options.Includes).ToList();
        var lookup = BenchOperations.All(new NspHostOptions { SqliteDirectory = data }, options.PerThreadPerRun)[0];
        byte[] lookupAnswer = await SmokeAsync(api.BaseAddress, lookup);
        foreach (var operation in operations)
        {
            await SmokeAsync(api.BaseAddress, operation);
        }

        string answerFile = Path.Combine(root, "bare-answer.xml");
        await File.WriteAllBytesAsync(answerFile, lookupAnswer);
        await using var bare = await ServerProcess.StartAsync(
            Path.Combine(here, "Nsp.Benchmarks.dll"), [BareEndpoint.Command, "--response", answerFile], new Dictionary<string, string>(), "/ready", root);

        // Uncounted warm-up, so the first measured runs do not pay for JIT compilation and tiering: each operation
        // for a few seconds at 8 connections, on the fresh pools' last stretch.
        int run = 0;
        await output.WriteLineAsync("Warming up ...");
        int warmUpOffset = SideBySideOptions.ConnectionLevelsMax * 2 * options.PerThreadPerRun;
        await sideBySide.LoadAsync(bare, lookup, 8, WarmUpSeconds, $"w{++run}", warmUpOffset);
        foreach (var operation in operations)
        {
            await sideBySide.LoadAsync(api, operation, 8, WarmUpSeconds, $"w{++run}", warmUpOffset);
            await ResetAsync(database, operation);
        }

        var rows = new List<ResultRow>();
        for (int level = 0; level < options.Connections.Count; level++)
        {
            int connections = options.Connections[level];
            int freshOffset = level * 2 * options.PerThreadPerRun;
            var bareResult = await sideBySide.LoadAsync(bare, lookup, connections, options.Seconds, $"b{++run}", freshOffset);
            rows.Add(new ResultRow("bare", "same bytes as GetBlurredOrganisations", "HTTP limit", connections, bareResult, null));
            await output.WriteLineAsync(Line(rows[^1]));
            foreach (var operation in operations)
            {
                var result = await sideBySide.LoadAsync(api, operation, connections, options.Seconds, $"r{++run}", freshOffset);
                LoadResult yardstick = bareResult;
                if (operation.PgbenchScript is { } script)
                {
                    string scriptFile = Path.Combine(root, operation.Name + ".pgbench.sql");
                    await File.WriteAllTextAsync(scriptFile, script);
                    yardstick = await PgbenchRunner.RunAsync(database.ConnectionString, scriptFile, connections, options.Seconds, root);
                    rows.Add(new ResultRow("pgbench", operation.Name + "'s SQL", "DB limit", connections, yardstick, null));
                }

                await ResetAsync(database, operation);
                rows.Add(new ResultRow(operation.Service, operation.Name, operation.Kind.ToString(), connections, result, yardstick));
                await output.WriteLineAsync(Line(rows[^1]));
            }
        }

        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"{Environment.ProcessorCount} cores shared by the API, PostgreSQL, wrk and pgbench; {options.Seconds} s per run; wrk with 2 threads; pgbench -M prepared -j 2. Reads are compared with the bare endpoint at the same connections, writes with pgbench running their SQL. Peak RSS: the API process's VmRSS, sampled every 200 ms during the run."),
        };
        if (options.SoakMinutes > 0)
        {
            notes.Add(await SoakRun.RunAsync(sideBySide, api, lookup, options.Connections[^1], options.SoakMinutes, rows));
        }

        if (!options.SkipKafka && operations.Find(o => o.Name == "CreateBlurring") is { } createBlurring)
        {
            notes.Add(await KafkaStrategyRun.RunAsync(sideBySide, createBlurring, options.Connections, options.Seconds, rows));
        }

        if (!options.SkipCleanup)
        {
            notes.Add(await CleanupRateAsync(api, database, output));
        }

        string table = ResultTable.Render(rows, notes);
        await output.WriteLineAsync();
        await output.WriteAsync(table);
        if (options.MarkdownFile is { } file)
        {
            await File.WriteAllTextAsync(file, table);
        }

        return 0;
    }

    private static async Task ResetAsync(BenchDatabase database, BenchOperation operation)
    {
        if (operation.ResetSql is { } sql)
        {
            await database.ResetAsync(sql);
        }
    }

    /// <summary>One request of the operation before the load: a fault here means the setup is wrong, not slow.</summary>
    internal static async Task<byte[]> SmokeAsync(Uri api, BenchOperation operation)
    {
        string subject = operation.Subjects switch
        {
            SubjectPool.Cycle cycle => cycle.Values[0],
            SubjectPool.Fresh fresh => fresh.At(fresh.Capacity - 1),
            _ => throw new InvalidOperationException("Unknown subject pool."),
        };
        using var client = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(operation.Envelope.Render("smoke-" + Guid.NewGuid().ToString("N"), subject)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        using var response = await client.PostAsync(new Uri(operation.Path, UriKind.Relative), content);
        byte[] answer = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? answer
            : throw new InvalidOperationException($"{operation.Name} answered {(int)response.StatusCode}:\n{Encoding.UTF8.GetString(answer)}");
    }

    /// <summary>IDSAS's cleanup job on 1M blurrings expired beyond the retention: rows deleted per second over the
    /// HTTP-triggered slices it takes to delete them all.</summary>
    private static async Task<string> CleanupRateAsync(ServerProcess api, BenchDatabase database, TextWriter output)
    {
        await output.WriteLineAsync("Expiring every blurring beyond the retention and running cleanup-blurrings until none is left ...");
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        long expired = await ScalarAsync(connection,
            "WITH e AS (UPDATE idsas.blurring SET end_date = now() - interval '6 years' RETURNING 1) SELECT count(*) FROM e");
        // Rows expire over months in real life and autovacuum keeps up; the one UPDATE above leaves 1M dead row
        // versions behind that the cleanup's index scans would otherwise wade through.
        await using (var vacuum = new NpgsqlCommand("VACUUM (ANALYZE) idsas.blurring", connection) { CommandTimeout = 600 })
        {
            await vacuum.ExecuteNonQueryAsync();
        }

        using var client = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var elapsed = Stopwatch.StartNew();
        int slices = 0;
        long left = expired;
        while (left > 0 && slices < 100)
        {
            using var response = await client.GetAsync(new Uri("/idsas-operations/cleanup-blurrings", UriKind.Relative));
            slices++;
            left = await ScalarAsync(connection, "SELECT count(*) FROM idsas.blurring");
        }

        elapsed.Stop();
        return string.Create(CultureInfo.InvariantCulture,
            $"IDSAS cleanup-blurrings: {expired - left:N0} of {expired:N0} expired blurrings deleted in {elapsed.Elapsed.TotalSeconds:N1} s over {slices} HTTP-triggered slice(s): {(expired - left) / elapsed.Elapsed.TotalSeconds:N0} rows/s.");
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static (string Prefix, string Postfix) SaltOf(string propertiesFile)
    {
        var values = File.ReadLines(propertiesFile)
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        return (values["idsas.patient.id.saltPrefix"], values["idsas.patient.id.saltPostfix"]);
    }

    private static void WritePersons(string file, IEnumerable<string> cprs)
    {
        using var writer = new StreamWriter(file);
        writer.Write('[');
        bool first = true;
        foreach (string cpr in cprs.Distinct(StringComparer.Ordinal))
        {
            writer.Write(first ? "{\"cpr\":\"" : ",{\"cpr\":\"");
            writer.Write(cpr);
            writer.Write("\",\"status\":\"01\",\"statusStartDate\":\"1970-01-01\"}");
            first = false;
        }

        writer.Write("]\n");
    }

    internal static string Line(ResultRow row) => string.Create(CultureInfo.InvariantCulture,
        $"{row.Service,-8} {row.Operation,-40} c={row.Connections,-4} {row.Result.RequestsPerSecond,9:N0} req/s  p50 {row.Result.P50Ms,6:0.0} ms  p99 {row.Result.P99Ms,7:0.0} ms  errors {row.Result.Errors}");
}
