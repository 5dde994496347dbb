using H = Nsp.Tests.Integration.MinLog.Lookup.MinLogLookupHost;

namespace Nsp.Tests.Integration.MinLog.Cleanup;

/// <summary>The embedded default runs the cleanup on SQLite: the same contract there.</summary>
public sealed class MinLogCleanupOnSqliteTests : MinLogCleanupContract
{
    protected override Task<H> StartHostAsync(Dictionary<string, string>? properties = null) => H.StartOnSqliteAsync(properties);
}
