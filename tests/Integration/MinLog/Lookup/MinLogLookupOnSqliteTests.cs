using H = Nsp.Tests.Integration.MinLog.Lookup.MinLogLookupHost;

namespace Nsp.Tests.Integration.MinLog.Lookup;

/// <summary>The embedded default serves the lookup on SQLite: the same contract there.</summary>
public sealed class MinLogLookupOnSqliteTests : ListLogStatementsContract
{
    protected override Task<H> StartHostAsync(Dictionary<string, string>? properties = null) => H.StartOnSqliteAsync(properties);
}
