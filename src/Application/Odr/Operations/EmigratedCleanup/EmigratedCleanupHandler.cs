using MediatR;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Odr.Operations.EmigratedCleanup;

public sealed class EmigratedCleanupHandler(JobRunner runner, EmigratedCleanupJob job, OdrOperationsSettings settings)
    : IRequestHandler<EmigratedCleanupCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(EmigratedCleanupCommand request, CancellationToken cancellationToken) =>
        runner.RunAsync(NspService.Odr, job, new JobRunSettings(settings.EmigratedMaxDuration), cancellationToken);
}
