using MediatR;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Idsas.Operations.CleanupBlurrings;

public sealed class CleanupBlurringsHandler(JobRunner runner, CleanupBlurringsJob job, IdsasOperationsSettings settings)
    : IRequestHandler<CleanupBlurringsCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(CleanupBlurringsCommand request, CancellationToken cancellationToken) =>
        runner.RunAsync(NspService.Idsas, job, new JobRunSettings(settings.MaxDuration), cancellationToken);
}
