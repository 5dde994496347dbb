namespace Nsp.Tests.Integration.Odr.Jobs;

/// <summary>The embedded default runs the cleanup jobs on SQLite: the same contract there.</summary>
public sealed class CleanupJobsOnSqliteTests : CleanupJobsContract
{
    protected override Task<OdrJobsHost> StartHostAsync(Dictionary<string, string>? properties = null) =>
        OdrJobsHost.StartOnSqliteAsync(properties);
}
