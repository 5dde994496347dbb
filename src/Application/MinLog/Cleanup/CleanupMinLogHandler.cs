using MediatR;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.MinLog.Cleanup;

public sealed class CleanupMinLogHandler(JobRunner runner, CleanupMinLogJob job, MinLogCleanupSettings settings)
    : IRequestHandler<CleanupMinLogCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(CleanupMinLogCommand request, CancellationToken cancellationToken) =>
        runner.RunAsync(NspService.MinLog, job, new JobRunSettings(settings.MaxDuration), cancellationToken);
}
