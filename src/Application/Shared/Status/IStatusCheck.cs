namespace Nsp.Application.Shared.Status;

/// <summary>One thing a status or alarm page looks at: a datasource, an outbound dependency, a job's last run.
/// Implementations should not throw; <see cref="StatusChecks.RunAsync"/> turns an exception into a failing result
/// anyway, so one broken check never takes a whole page down.</summary>
public interface IStatusCheck
{
    /// <summary>The name a page shows, e.g. <c>Database</c> or <c>ITI41 backend</c>.</summary>
    string Name { get; }

    Task<StatusCheckResult> CheckAsync(CancellationToken cancellationToken);
}
