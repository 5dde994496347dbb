using MediatR;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Integration.Shared.Scheduling;

internal sealed class GatedJobCommandHandler(JobRunner runner, JobGate gate, ISecurityContextAccessor security)
    : IRequestHandler<GatedJobCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(GatedJobCommand request, CancellationToken cancellationToken)
    {
        gate.SeenJobName = security.Current.JobName;
        return runner.RunAsync(request.Service, new GatedJob(request.JobName, gate), new JobRunSettings(TimeSpan.FromMinutes(1)), cancellationToken);
    }

    private sealed class GatedJob(string name, JobGate gate) : IBatchJob
    {
        public string Name => name;

        public JobVocabulary Vocabulary => JobVocabulary.Resumable;

        public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
        {
            await gate.PassAsync(cancellationToken);
            return JobBatchOutcome.Done(1);
        }
    }
}
