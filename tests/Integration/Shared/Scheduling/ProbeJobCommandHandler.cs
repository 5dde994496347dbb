using MediatR;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Integration.Shared.Scheduling;

internal sealed class ProbeJobCommandHandler(ProbeJobRuns runs, ISecurityContextAccessor security)
    : IRequestHandler<ProbeJobCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(ProbeJobCommand request, CancellationToken cancellationToken)
    {
        runs.Record(security.Current.JobName);
        return Task.FromResult(new JobRunResult(request.JobName, JobRunOutcome.Finished, 1, 1));
    }
}
