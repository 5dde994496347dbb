using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Idsas.Operations.CleanupBlurringsDeceased;

/// <summary>cleanup-blurrings-deceased: deletes the blurrings of persons dead for <c>idsas.cleanup.deceased.period</c>.</summary>
public sealed record CleanupBlurringsDeceasedCommand : IJobCommand, IIdsasRequest
{
    public string JobName => IdsasJobNames.CleanupBlurringsDeceased;
}
