using System.Collections.Concurrent;
using Nsp.Infrastructure.Shared.Audit;

namespace Nsp.Tests.Integration.Shared.Audit;

/// <summary>Keeps every audit line written, for tests to read.</summary>
public sealed class RecordingAuditSink : IAuditSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void Emit(string category, string line) => _lines.Enqueue(line);
}
