using MediatR;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Idsas.Operations.CleanupBlurringsDeceased;

public sealed class CleanupBlurringsDeceasedHandler(JobRunner runner, CleanupBlurringsDeceasedJob job, IdsasOperationsSettings settings)
    : IRequestHandler<CleanupBlurringsDeceasedCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(CleanupBlurringsDeceasedCommand request, CancellationToken cancellationToken) =>
        runner.RunAsync(NspService.Idsas, job, new JobRunSettings(settings.MaxDuration), cancellationToken);
}
