using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Nsp.Tests.Integration.Shared.Kafka;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// IDSAS's KAFKA persist strategy (issue 13, "writes"): a second API process whose registration produces to
/// librdkafka's mock cluster (one broker, real Kafka wire protocol, hosted in this process), CreateBlurring under load
/// at each connection level, then the operations' <c>kafka-consume</c> job draining the topic into PostgreSQL. A
/// CreateBlurring answers once the broker confirmed the message; the database write is the consumer's.
/// </summary>
public static partial class KafkaStrategyRun
{
    private const string Topic = "Idsas-Registration-Topic";

    public static async Task<string> RunAsync(
        SideBySideRun run, BenchOperation createBlurring, IReadOnlyList<int> connections, int seconds, List<ResultRow> rows)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(createBlurring);
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(rows);
        using var cluster = KafkaMockCluster.Start(brokerCount: 1);
        // The mock cluster keeps about 5 MB per partition and drops older messages beyond that; eight partitions
        // hold every message of the runs.
        cluster.CreateTopic(Topic, partitions: 8);
        string config = Path.Combine(run.Root, "config-kafka");
        CopyDirectory(run.ConfigDirectory, config);
        UseKafka(config, cluster.BootstrapServers);
        var environment = new Dictionary<string, string>(run.ApiEnvironment)
        {
            ["NSP_CONFIG_DIR"] = config,
            ["NSP_LOG_DIRECTORY"] = Path.Combine(run.Root, "logs-kafka"),
        };

        await run.Output.WriteLineAsync("Starting a second API with idsas.registration.persist.strategy=KAFKA (mock cluster in this process) ...");
        await using var api = await ServerProcess.StartAsync(run.ApiDll, [], environment, "/idsas-operations/status", run.Root);
        await SideBySideCommand.SmokeAsync(api.BaseAddress, createBlurring);
        long produced = (await run.LoadAsync(api, createBlurring, 8, 3, "kw")).Requests;
        foreach (int level in connections)
        {
            var result = await run.LoadAsync(api, createBlurring, level, seconds, "k" + level.ToString(CultureInfo.InvariantCulture));
            produced += result.Requests;
            rows.Add(new ResultRow("IDSAS", "CreateBlurring (KAFKA, mock cluster)", OperationKind.Write.ToString(), level, result, null));
            await run.Output.WriteLineAsync(SideBySideCommand.Line(rows[^1]));
        }

        await run.Output.WriteLineAsync("Draining the topic with GET /idsas-operations/kafka-consume ...");
        using var client = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var elapsed = Stopwatch.StartNew();
        long consumed = 0;
        int triggers = 0;
        string answer;
        do
        {
            using var response = await client.GetAsync(new Uri("/idsas-operations/kafka-consume", UriKind.Relative));
            answer = await response.Content.ReadAsStringAsync();
            var counted = Processed().Match(answer);
            if (!response.IsSuccessStatusCode || !counted.Success)
            {
                throw new InvalidOperationException($"kafka-consume answered {(int)response.StatusCode}: {answer}\n{api.OutputTail()}");
            }

            consumed += long.Parse(counted.Groups[1].Value, CultureInfo.InvariantCulture);
            triggers++;
            await run.Output.WriteLineAsync("  " + answer.Trim());
        }
        while (triggers < 30 && answer.Contains("NOT_FINISHED", StringComparison.Ordinal));

        elapsed.Stop();
        return string.Create(CultureInfo.InvariantCulture,
            $"IDSAS KAFKA strategy: CreateBlurring put {produced:N0} blurrings on the topic (warm-up included); kafka-consume wrote {consumed:N0} to PostgreSQL in {elapsed.Elapsed.TotalSeconds:N1} s over {triggers} HTTP trigger(s): {consumed / elapsed.Elapsed.TotalSeconds:N0} messages/s (each message its own transaction, then its offset, as the seed's at-least-once consumer).");
    }

    private static void UseKafka(string config, string bootstrap)
    {
        // Appended lines win over the first start's (the property files are read top to bottom).
        File.AppendAllText(Path.Combine(config, "idsas-registration.properties"), string.Join('\n',
            "idsas.registration.persist.strategy=KAFKA",
            "kafka.producer.bootstrap.servers=" + bootstrap,
            "kafka.topic=" + Topic,
            string.Empty));
        File.AppendAllText(Path.Combine(config, "idsas-operations.properties"), string.Join('\n',
            "kafka.consumer.bootstrap.servers=" + bootstrap,
            "kafka.topic=" + Topic,
            string.Empty));
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }

    [GeneratedRegex(@"(\d+) processed")]
    private static partial Regex Processed();
}
