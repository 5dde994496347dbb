using MediatR;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Odr.Operations.Notification;

public sealed class NotificationHandler(JobRunner runner, NotificationJob job, NotificationSettings settings)
    : IRequestHandler<NotificationCommand, JobRunResult>
{
    public Task<JobRunResult> Handle(NotificationCommand request, CancellationToken cancellationToken) =>
        runner.RunAsync(NspService.Odr, job, new JobRunSettings(settings.MaxDuration), cancellationToken);
}
