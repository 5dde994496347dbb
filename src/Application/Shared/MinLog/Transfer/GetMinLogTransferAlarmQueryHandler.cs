using System.Globalization;
using System.Xml;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Nsp.Application.Shared.MinLog.Transfer;

public sealed class GetMinLogTransferAlarmQueryHandler(IServiceProvider services, TimeProvider time)
    : IRequestHandler<GetMinLogTransferAlarmQuery, string?>
{
    public async Task<string?> Handle(GetMinLogTransferAlarmQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var monitor = services.GetRequiredKeyedService<IMinLogOutboxMonitor>(request.Service);
        var settings = services.GetRequiredKeyedService<MinLogTransferSettings>(request.Service);
        var oldest = await monitor.OldestEntryCreatedAsync(cancellationToken);
        if (oldest is null)
        {
            return null;
        }

        var age = time.GetUtcNow().UtcDateTime - oldest.Value;
        return age <= settings.AlarmAge
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"MinLog transfer: the oldest waiting entry is {XmlConvert.ToString(age)} old (limit {XmlConvert.ToString(settings.AlarmAge)})");
    }
}
