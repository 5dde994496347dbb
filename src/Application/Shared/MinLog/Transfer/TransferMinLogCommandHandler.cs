using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Shared.MinLog.Transfer;

/// <summary>Runs the service's transfer job under its lease, within the service's time budget.</summary>
public sealed class TransferMinLogCommandHandler(IServiceProvider services, JobRunner runner)
    : IRequestHandler<TransferMinLogCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(TransferMinLogCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var job = services.GetRequiredKeyedService<IMinLogTransferJob>(request.Service);
        var settings = services.GetRequiredKeyedService<MinLogTransferSettings>(request.Service);
        return runner.RunAsync(request.Service, job, new JobRunSettings(settings.MaxDuration), cancellationToken);
    }
}
