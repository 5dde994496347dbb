using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Odr.Operations.Notification;

/// <summary>OrganDonorNotification (<c>odr-send-digitalpost-notifikation/start</c>): one slice of the letters.</summary>
public sealed record NotificationCommand : IJobCommand, IOdrRequest
{
    public string JobName => OdrJobNames.Notification;
}
