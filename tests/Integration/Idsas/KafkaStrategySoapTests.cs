using System.Net;
using Microsoft.Data.Sqlite;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Kafka;
using static Nsp.Tests.Integration.Idsas.IdsasSoapBodies;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>The KAFKA persist strategy as client and operator meet it: SOAP CreateBlurring produces to the mock
/// cluster, the operator's <c>GET /idsas-operations/kafka-consume</c> persists, and lookup over SOAP finds it. A broker
/// that never confirms gets a fault that advises a retry.</summary>
public sealed class KafkaStrategySoapTests
{

    [Fact]
    public async Task A_blurring_registered_over_soap_through_kafka_is_found_after_the_operator_runs_kafka_consume()
    {
        var cluster = SharedKafkaCluster.Instance;
        string topic = $"idsas-soap-{Guid.NewGuid():N}";
        cluster.CreateTopic(topic);
        using var host = new IdsasSoapHost(config => UseKafka(config, cluster.BootstrapServers, topic, "5000"));

        var (created, answer) = await host.CallAsync(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(2)));
        Assert.Equal(200, created);
        Assert.Equal("OK", answer.InnerText);
        Assert.Empty(await FoundAsync(host));

        using var consumed = await host.Client.GetAsync(new Uri("/idsas-operations/kafka-consume", UriKind.Relative));
        Assert.True(consumed.StatusCode == HttpStatusCode.OK, await consumed.Content.ReadAsStringAsync());

        Assert.Equal([TestStsCvr], await FoundAsync(host));
        Assert.Contains("Kafka Consumer Job Status: FINISHED", await host.Client.GetStringAsync(new Uri("/idsas-operations/status", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broker_that_never_confirms_gets_a_fault_advising_a_retry()
    {
        // Nothing listens on port 1: the delivery report times out after kafka.producer.max.block.ms.
        using var host = new IdsasSoapHost(config => UseKafka(config, "127.0.0.1:1", "Idsas-Registration-Topic", "1000"));

        var (status, fault) = await host.CallAsync(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(2)));

        Assert.Equal(500, status);
        Assert.Equal("processing_problem", FaultCode(fault));
        Assert.Contains("retry the call", fault["faultstring"]!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_CreateBlurring_waits_for_the_broker_no_database_transaction_blocks_other_writers()
    {
        // Nothing listens on port 1, so the delivery report takes kafka.producer.max.block.ms (3 s) to time out.
        using var host = new IdsasSoapHost(config => UseKafka(config, "127.0.0.1:1", "Idsas-Registration-Topic", "3000"));
        string database = Path.Combine(host.Factory.Root, "data", "idsas.db");

        var call = host.CallAsync(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(2)));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        int probes = 0;
        int blocked = 0;
        while (!call.IsCompleted)
        {
            // SQLite has one writer per file: a transaction held open by the request would refuse this one.
            if (!await TryWriteTransactionAsync(database))
            {
                blocked++;
            }

            probes++;
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        var (status, fault) = await call;
        Assert.Equal(500, status);
        Assert.Contains("retry the call", fault["faultstring"]!.InnerText, StringComparison.Ordinal);
        Assert.True(probes >= 5, $"only {probes} probes ran while the produce waited");
        Assert.Equal(0, blocked);
    }

    private static async Task<bool> TryWriteTransactionAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 1;
        try
        {
            command.CommandText = "BEGIN IMMEDIATE";
            await command.ExecuteNonQueryAsync();
            command.CommandText = "ROLLBACK";
            await command.ExecuteNonQueryAsync();
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            return false;
        }
    }

    private const string TestStsCvr = Shared.Sts.TestSts.Cvr;

    private static void UseKafka(string config, string bootstrap, string topic, string maxBlockMs)
    {
        File.AppendAllText(Path.Combine(config, "idsas-registration.properties"), string.Join('\n',
            "idsas.registration.persist.strategy=KAFKA",
            "kafka.producer.bootstrap.servers=" + bootstrap,
            "kafka.producer.max.block.ms=" + maxBlockMs,
            "kafka.topic=" + topic,
            string.Empty));
        File.AppendAllText(Path.Combine(config, "idsas-operations.properties"), string.Join('\n',
            "kafka.consumer.bootstrap.servers=" + bootstrap,
            "kafka.consumer.group.id=" + topic,
            "kafka.topic=" + topic,
            "kafka.poll.timeout=250",
            string.Empty));
    }

    private static async Task<string[]> FoundAsync(IdsasSoapHost host)
    {
        var (status, answer) = await host.CallAsync(Lookup2024, GetBlurredOrganisations(IdsasTestProperties.LivingCpr));
        Assert.Equal(200, status);
        return OrganisationIds(answer);
    }
}
