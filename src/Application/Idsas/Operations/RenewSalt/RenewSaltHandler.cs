using MediatR;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Idsas.Operations.RenewSalt;

public sealed class RenewSaltHandler(JobRunner runner, RenewSaltJob job, IdsasOperationsSettings settings)
    : IRequestHandler<RenewSaltCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(RenewSaltCommand request, CancellationToken cancellationToken) =>
        runner.RunAsync(NspService.Idsas, job, new JobRunSettings(settings.MaxDuration), cancellationToken);
}
