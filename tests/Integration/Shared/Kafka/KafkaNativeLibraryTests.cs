using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace Nsp.Tests.Integration.Shared.Kafka;

public sealed class KafkaNativeLibraryTests
{
    [Fact]
    public void Clients_and_mock_cluster_share_the_one_librdkafka_2_16_loaded_from_the_redist_package()
    {
        using var cluster = KafkaMockCluster.Start(brokerCount: 1);

        Assert.StartsWith("2.16.", Library.VersionString, StringComparison.Ordinal);
        Assert.Equal(Library.VersionString, Marshal.PtrToStringUTF8(LibrdkafkaMockNative.VersionString()));
        // One mapped file: a second copy (or Debian's) would give the mock cluster globals of its own.
        var mapped = File.ReadLines("/proc/self/maps")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length >= 6 && fields[5].Contains("librdkafka", StringComparison.Ordinal))
            .Select(fields => fields[5])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var path = Assert.Single(mapped);
        Assert.Contains($"{Path.DirectorySeparatorChar}runtimes{Path.DirectorySeparatorChar}", path, StringComparison.Ordinal);
    }
}
