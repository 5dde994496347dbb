using Confluent.Kafka;
using Nsp.Infrastructure.Shared.Kafka;

namespace Nsp.Tests.Integration.Shared.Kafka;

public sealed class KafkaNativeLibraryTests
{
    [Fact]
    public void Load_from_many_threads_at_once_installs_the_resolver_once_and_loads_librdkafka()
    {
        // A second SetDllImportResolver on the Confluent.Kafka assembly would throw, so any double install fails here.
        Parallel.For(0, 16, _ => KafkaNativeLibrary.Load());
        KafkaNativeLibrary.Load();

        Assert.StartsWith("2.", Library.VersionString, StringComparison.Ordinal);
    }
}
