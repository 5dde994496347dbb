using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Security;

namespace Nsp.Application.Shared.Pipeline;

/// <summary>Refuses callers that are not on the list the request names, before validation, so an unlisted caller
/// learns nothing about field rules.</summary>
public sealed class WhitelistBehavior<TRequest, TResponse>(IServiceProvider services, ISecurityContextAccessor securityContext)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is IRequiresWhitelist guarded)
        {
            var authority = services.GetRequiredKeyedService<IWhitelistAuthority>(guarded.Service);
            var refusal = await authority.RefusalAsync(guarded.WhitelistRule, guarded.OperationName, securityContext.Current, cancellationToken);
            if (refusal is not null)
            {
                throw new NotAuthorizedException(refusal);
            }
        }

        return await next();
    }
}
