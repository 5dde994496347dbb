using System.Reflection;
using System.Runtime.InteropServices;

namespace Nsp.Tests.Integration.Shared.Kafka;

/// <summary>Binds this test assembly's <c>librdkafka</c> imports (the mock cluster) to the librdkafka that
/// Confluent.Kafka already loaded from librdkafka.redist. The name does not resolve by itself: the redist's main
/// <c>librdkafka.so</c> needs <c>libsasl2.so.3</c>, which Debian lacks, and Confluent.Kafka then takes the
/// <c>centos8-librdkafka.so</c> build. Loading a file that is already loaded returns its handle, so the mock
/// cluster and the real clients share one copy and one set of globals.</summary>
internal static class LibrdkafkaMockLibraryResolver
{
    private static readonly string[] Candidates = ["librdkafka", "centos8-librdkafka"];

    private static readonly Lock Gate = new();
    private static bool _installed;

    /// <summary>Loads Confluent.Kafka's librdkafka and installs the resolver, once per process (a second
    /// SetDllImportResolver on the same assembly would throw).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            // Confluent.Kafka picks and loads its copy first, so the names below find exactly that one.
            _ = Confluent.Kafka.Library.Version;
            NativeLibrary.SetDllImportResolver(typeof(LibrdkafkaMockLibraryResolver).Assembly, Resolve);
            _installed = true;
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != LibrdkafkaMockNative.Library)
        {
            return IntPtr.Zero;
        }

        foreach (var candidate in Candidates)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        throw new DllNotFoundException(
            $"None of {string.Join(", ", Candidates)} could be loaded from librdkafka.redist's runtimes folder.");
    }
}
