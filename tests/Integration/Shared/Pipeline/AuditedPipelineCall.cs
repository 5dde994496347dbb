using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Integration.Shared.Pipeline;

/// <summary>Sends a request through a service's MediatR pipeline as a call does: in a fresh scope, under the caller's
/// security context, with the call's audit record open as the audit middleware opens it. The record is returned even
/// when the request is refused.</summary>
public static class AuditedPipelineCall
{
    public static async Task<(T? Response, Exception? Error, AuditRecord Audit)> SendAsync<T>(
        IServiceProvider services, string auditCategory, IRequest<T> request, SecurityContext caller)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ISecurityContextAccessor>().Set(caller);
        var audit = scope.ServiceProvider.GetRequiredService<IAuditRecordAccessor>().Open(auditCategory);
        try
        {
            return (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request), null, audit);
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            return (default, exception, audit);
        }
    }
}
