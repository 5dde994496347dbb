using MediatR;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Odr.Operations.DeceasedCleanup;

public sealed class DeceasedCleanupHandler(JobRunner runner, DeceasedCleanupJob job, OdrOperationsSettings settings)
    : IRequestHandler<DeceasedCleanupCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(DeceasedCleanupCommand request, CancellationToken cancellationToken) =>
        runner.RunAsync(NspService.Odr, job, new JobRunSettings(settings.DeceasedMaxDuration), cancellationToken);
}
