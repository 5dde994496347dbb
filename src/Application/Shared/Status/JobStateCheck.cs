using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Persistence;
using Nsp.Domain.Shared.Jobs;

namespace Nsp.Application.Shared.Status;

/// <summary>Reads a job's persisted <see cref="JobStatus"/> through its service's keyed <see cref="IJobStateStore"/>.
/// Healthy unless the last run failed (state ERROR, or a kept error). The detail is the state text
/// (<c>NOT_STARTED</c>, <c>FINISHED</c>, ...) when healthy and <paramref name="describeFailure"/>'s line (default:
/// the kept error) when not.</summary>
public sealed class JobStateCheck(
    string name,
    NspService service,
    string job,
    IServiceScopeFactory scopes,
    Func<JobStatus, string>? describeFailure = null) : IStatusCheck
{
    public string Name { get; } = name;

    public string Job { get; } = job;

    /// <summary>Whether a status says the last run failed: a run-tracking job's ERROR, or a resumable job's kept error.</summary>
    public static bool LastRunFailed(JobStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.State == JobState.Error || status.LastError is not null;
    }

    public async Task<JobStatus> ReadAsync(CancellationToken cancellationToken)
    {
        // The store is scoped (it shares the service's DbContext), and a page is not a request of that service.
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredKeyedService<IJobStateStore>(service);
        return await store.LoadAsync(Job, cancellationToken);
    }

    public async Task<StatusCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var status = await ReadAsync(cancellationToken);
        if (!LastRunFailed(status))
        {
            return StatusCheckResult.Ok(Name, status.State.ToText());
        }

        var detail = describeFailure?.Invoke(status) ?? status.LastError ?? status.State.ToText();
        return StatusCheckResult.Failing(Name, detail);
    }
}
