namespace Nsp.Tests.Integration.Shared.Kafka;

/// <summary>One mock cluster for the whole test run, created on first use. Test classes use their own topic names
/// (and each test its own consumer group), so they can run in parallel without seeing each other's messages; a
/// class that disturbs the brokers starts its own cluster instead.</summary>
public static class SharedKafkaCluster
{
    private static readonly Lazy<KafkaMockCluster> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static KafkaMockCluster Instance => Shared.Value;

    private static KafkaMockCluster Start()
    {
        var cluster = KafkaMockCluster.Start(brokerCount: 1);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster;
    }
}
