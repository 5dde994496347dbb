using MediatR;
using Nsp.Application.Crk.Endpoints;
using Nsp.Application.Crk.Sources;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Crk.Reload;

public sealed class ReloadEndpointHandler(
    JobRunner runner, ICrkSourceReader sources, IEndpointVersionRepository endpoints, CrkSettings settings, TimeProvider time)
    : IRequestHandler<ReloadEndpointCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(ReloadEndpointCommand request, CancellationToken cancellationToken)
    {
        if (!settings.Sources.ContainsKey(request.ConfigId))
        {
            throw new ArgumentException($"No source is configured for the configId {request.ConfigId} (crk.source.{request.ConfigId}).", nameof(request));
        }

        var job = new EndpointReloadJob(request.ConfigId, sources, endpoints, time);
        return runner.RunAsync(NspService.Crk, job, new JobRunSettings(settings.ReloadMaxDuration), cancellationToken);
    }
}
