using Nsp.Domain.Odr.Notifications;

namespace Nsp.Application.Odr.Operations.Notification;

public sealed record NotificationCount(DateOnly Date, NotificationPersonStatus Status, int Count);
