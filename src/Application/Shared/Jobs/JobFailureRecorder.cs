using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Persistence;

namespace Nsp.Application.Shared.Jobs;

/// <summary>Keeps a failure that happened outside the <see cref="JobRunner"/> (the job could not even be built, e.g.
/// a national service's registry file vanished) in the job's state, so its alarm page shows it like a failed run.</summary>
public sealed class JobFailureRecorder(IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task RecordAsync(NspService service, string job, string error, CancellationToken cancellationToken)
    {
        // A scope of its own: the trigger's scope may hold whatever broke.
        await using var scope = scopes.CreateAsyncScope();
        var states = scope.ServiceProvider.GetRequiredKeyedService<IJobStateStore>(service);
        var status = await states.LoadAsync(job, cancellationToken);
        await states.SaveAsync(status with { LastError = error, LastFinishedUtc = time.GetUtcNow().UtcDateTime }, cancellationToken);
    }
}
