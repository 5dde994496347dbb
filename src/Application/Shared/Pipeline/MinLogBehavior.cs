using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Security;

namespace Nsp.Application.Shared.Pipeline;

/// <summary>Innermost: after the handler succeeded, writes the request's citizen-log entries to its service's outbox
/// inside the request's transaction, so an entry is never lost after a commit nor kept after a rollback.</summary>
public sealed class MinLogBehavior<TRequest, TResponse>(
    IServiceProvider services,
    ISecurityContextAccessor securityContext,
    TimeProvider timeProvider)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <summary>By agreement with NSI: a system acting without a person's CPR is logged as this user.</summary>
    public const string AnonymousUserCpr = "0000000000";

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is not IMinLogged<TResponse> logged)
        {
            return response;
        }

        var caller = securityContext.Current;
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var session = caller.SoapHeaders.FlowId ?? caller.SoapHeaders.MessageId ?? caller.SoapHeaders.WsaMessageId;
        var messageId = caller.SoapHeaders.MessageId ?? caller.SoapHeaders.WsaMessageId
            ?? throw new InvalidOperationException("A MinLog entry needs the call's MessageID for its registration code.");

        var entries = logged.DescribeAccess(response)
            .Select(access => new MinLogEntry(
                RegKode.For(messageId, access.CitizenCpr, access.Handling),
                access.CitizenCpr,
                caller.UserCpr ?? AnonymousUserCpr,
                access.ActingForCpr,
                caller.CareProviderId,
                caller.OrganisationName,
                caller.ItSystemName,
                access.Handling,
                session,
                now))
            .ToList();

        if (entries.Count > 0)
        {
            var outbox = services.GetRequiredKeyedService<IMinLogOutbox>(logged.Service);
            await outbox.AddAsync(entries, cancellationToken);
        }

        return response;
    }
}
