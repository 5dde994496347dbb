using Nsp.Infrastructure.Shared.Audit;

namespace Nsp.Tests.Integration.Shared.Hosting;

/// <summary>Reads the rolling log files (audit, Minlog) a host is still writing: shared access, so the reader never
/// blocks the writer or its roll-over.</summary>
public static class LogFiles
{
    /// <summary>The audit lines of an in-process host: its audit file's writer queue is flushed first, since a call
    /// only queues its line (<see cref="FileAuditSink"/>).</summary>
    public static List<string> ReadAuditLines(IServiceProvider services, string directory)
    {
        ArgumentNullException.ThrowIfNull(services);
        (services.GetService(typeof(IAuditSink)) as FileAuditSink)?.Flush();
        return ReadLines(directory, "audit*.log");
    }

    /// <summary>Every line of the files in <paramref name="directory"/> matching <paramref name="pattern"/>
    /// (e.g. <c>audit*.log</c>), files in name order; none when the directory does not exist yet.</summary>
    public static List<string> ReadLines(string directory, string pattern)
    {
        var lines = new List<string>();
        if (!Directory.Exists(directory))
        {
            return lines;
        }

        foreach (string path in Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
