using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Idsas.Operations.CleanupBlurrings;

/// <summary>cleanup-blurrings: deletes blurrings ended, and org blurrings removed, at least
/// <c>idsas.cleanup.max.retention</c> ago.</summary>
public sealed record CleanupBlurringsCommand : IJobCommand, IIdsasRequest
{
    public string JobName => IdsasJobNames.CleanupBlurrings;
}
