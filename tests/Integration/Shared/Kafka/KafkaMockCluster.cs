using System.Runtime.InteropServices;
using System.Text;
using Confluent.Kafka;

namespace Nsp.Tests.Integration.Shared.Kafka;

/// <summary>librdkafka's built-in mock cluster: real Kafka brokers (wire protocol over TCP on 127.0.0.1) inside this
/// process, for real producers and consumers. No Docker or Kafka install needed.</summary>
public sealed class KafkaMockCluster : IDisposable
{
    private readonly Lock _gate = new();
    private IntPtr _handle;
    private IntPtr _cluster;

    private KafkaMockCluster(IntPtr handle, IntPtr cluster, int brokerCount)
    {
        _handle = handle;
        _cluster = cluster;
        BrokerCount = brokerCount;
        BootstrapServers = Marshal.PtrToStringUTF8(LibrdkafkaMockNative.MockClusterBootstraps(cluster))
            ?? throw new InvalidOperationException("The mock cluster reported no bootstrap servers.");
    }

    /// <summary>host:port list to give producers and consumers.</summary>
    public string BootstrapServers { get; }

    /// <summary>Brokers are numbered 1 to this.</summary>
    public int BrokerCount { get; }

    public static KafkaMockCluster Start(int brokerCount)
    {
        // The first call into LibrdkafkaMockNative binds it to the librdkafka Confluent.Kafka loaded, so the clients
        // and this cluster share one copy.
        var errstr = new byte[512];
        var conf = LibrdkafkaMockNative.ConfNew();
        // The mock brokers log connection drops at warning level; fault tests cause them on purpose.
        if (LibrdkafkaMockNative.ConfSet(conf, "log_level", "3", errstr, (nuint)errstr.Length) != LibrdkafkaMockNative.ConfOk)
        {
            LibrdkafkaMockNative.ConfDestroy(conf);
            throw new InvalidOperationException($"rd_kafka_conf_set failed: {Text(errstr)}");
        }

        // rd_kafka_new owns conf from here on, but only if it succeeds.
        var handle = LibrdkafkaMockNative.New(LibrdkafkaMockNative.ProducerType, conf, errstr, (nuint)errstr.Length);
        if (handle == IntPtr.Zero)
        {
            LibrdkafkaMockNative.ConfDestroy(conf);
            throw new InvalidOperationException($"rd_kafka_new failed: {Text(errstr)}");
        }

        var cluster = LibrdkafkaMockNative.MockClusterNew(handle, brokerCount);
        if (cluster == IntPtr.Zero)
        {
            LibrdkafkaMockNative.Destroy(handle);
            throw new InvalidOperationException("rd_kafka_mock_cluster_new failed.");
        }

        return new KafkaMockCluster(handle, cluster, brokerCount);
    }

    /// <summary>Creates a topic; consuming a topic that does not exist fails with "unknown topic".</summary>
    public void CreateTopic(string topic, int partitions = 1) =>
        Check(LibrdkafkaMockNative.MockTopicCreate(Cluster(), topic, partitions, 1), $"create topic {topic}");

    /// <summary>Drops the broker's connections and refuses new ones until <see cref="SetBrokerUp"/>.</summary>
    public void SetBrokerDown(int brokerId) =>
        Check(LibrdkafkaMockNative.MockBrokerSetDown(Cluster(), brokerId), $"set broker {brokerId} down");

    public void SetBrokerUp(int brokerId) =>
        Check(LibrdkafkaMockNative.MockBrokerSetUp(Cluster(), brokerId), $"set broker {brokerId} up");

    /// <summary>The next produce requests, one per error, are answered with these errors by whichever broker gets
    /// them; requests after that are served normally.</summary>
    public void FailNextProduceRequests(params ErrorCode[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        LibrdkafkaMockNative.MockPushRequestErrorsArray(
            Cluster(), LibrdkafkaMockNative.ProduceApiKey, (nuint)errors.Length, Array.ConvertAll(errors, e => (int)e));
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_cluster != IntPtr.Zero)
            {
                LibrdkafkaMockNative.MockClusterDestroy(_cluster);
                _cluster = IntPtr.Zero;
            }

            if (_handle != IntPtr.Zero)
            {
                LibrdkafkaMockNative.Destroy(_handle);
                _handle = IntPtr.Zero;
            }
        }
    }

    private IntPtr Cluster()
    {
        ObjectDisposedException.ThrowIf(_cluster == IntPtr.Zero, this);
        return _cluster;
    }

    private static void Check(int err, string what)
    {
        if (err != 0)
        {
            throw new InvalidOperationException(
                $"Mock cluster could not {what}: {Marshal.PtrToStringUTF8(LibrdkafkaMockNative.ErrorToString(err))}");
        }
    }

    private static string Text(byte[] errstr)
    {
        var end = Array.IndexOf(errstr, (byte)0);
        return Encoding.UTF8.GetString(errstr, 0, end < 0 ? errstr.Length : end);
    }
}
