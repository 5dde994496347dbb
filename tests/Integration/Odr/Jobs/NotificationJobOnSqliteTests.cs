namespace Nsp.Tests.Integration.Odr.Jobs;

/// <summary>The embedded default runs the notification job on SQLite: the same contract there.</summary>
public sealed class NotificationJobOnSqliteTests : NotificationJobContract
{
    protected override Task<OdrJobsHost> StartHostAsync(Dictionary<string, string>? properties = null) =>
        OdrJobsHost.StartOnSqliteAsync(properties);
}
