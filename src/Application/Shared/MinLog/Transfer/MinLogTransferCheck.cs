using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Status;

namespace Nsp.Application.Shared.MinLog.Transfer;

/// <summary>A service's MinLog transfer on its alarm page: failing while the oldest entry waiting in the outbox is older
/// than <c>minlog.transfer.alarm.age</c> (the text of <see cref="GetMinLogTransferAlarmQuery"/>).</summary>
public sealed class MinLogTransferCheck(NspService service, IServiceScopeFactory scopes) : IStatusCheck
{
    public string Name => "MinLogTransfer";

    public async Task<StatusCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        // The outbox is read through the service's scoped context; a page is not a request of that service.
        await using var scope = scopes.CreateAsyncScope();
        string? alarm = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetMinLogTransferAlarmQuery(service), cancellationToken);
        return alarm is null ? StatusCheckResult.Ok(Name, "OK") : StatusCheckResult.Failing(Name, alarm);
    }
}
