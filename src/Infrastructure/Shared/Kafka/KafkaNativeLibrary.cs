using System.Reflection;
using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace Nsp.Infrastructure.Shared.Kafka;

/// <summary>Points Confluent.Kafka 1.9.3 at Debian's librdkafka1 (no librdkafka.redist here). Call
/// <see cref="Load"/> before the first Kafka client is built; the producer, consumer and test mock cluster do.</summary>
public static class KafkaNativeLibrary
{
    /// <summary>The exact file name of Debian's librdkafka; P/Invoke by this name reaches the same loaded library.</summary>
    public const string LibrdkafkaFileName = "librdkafka.so.1";

    private const string LibdlFileName = "libdl.so.2";

    private static readonly Lock Gate = new();
    private static bool _loaded;

    /// <summary>Installs the import resolver and loads librdkafka, once per process. Later calls do nothing
    /// (a second SetDllImportResolver on the same assembly would throw).</summary>
    public static void Load()
    {
        // Volatile read so a thread that sees true also sees the completed load.
        if (Volatile.Read(ref _loaded))
        {
            return;
        }

        lock (Gate)
        {
            if (_loaded)
            {
                return;
            }

            NativeLibrary.SetDllImportResolver(typeof(Library).Assembly, Resolve);
            Library.Load(LibrdkafkaFileName);
            Volatile.Write(ref _loaded, true);
        }
    }

    // Confluent.Kafka asks for "libdl" (dlopen) and "librdkafka"; Debian ships only the versioned file names.
    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName switch
        {
            "libdl" or "libdl.so" => NativeLibrary.Load(LibdlFileName),
            "librdkafka" or "librdkafka.so" => NativeLibrary.Load(LibrdkafkaFileName),
            _ => IntPtr.Zero,
        };
}
