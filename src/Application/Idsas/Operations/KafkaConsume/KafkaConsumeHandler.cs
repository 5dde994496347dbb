using MediatR;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Idsas.Operations.KafkaConsume;

public sealed class KafkaConsumeHandler(JobRunner runner, KafkaConsumeJob job, IdsasOperationsSettings settings)
    : IRequestHandler<KafkaConsumeCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(KafkaConsumeCommand request, CancellationToken cancellationToken) =>
        runner.RunAsync(NspService.Idsas, job, new JobRunSettings(settings.MaxDuration), cancellationToken);
}
