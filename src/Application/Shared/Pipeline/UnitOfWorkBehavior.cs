using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Nsp.Application.Shared.Pipeline;

/// <summary>Runs a transactional request in one transaction of its service's database; any exception rolls back.
/// An <see cref="ITransactionRequirement{TRequest}"/> registered for the request type may say that the configured
/// strategy needs none.</summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IServiceProvider services)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ITransactionalRequest transactional
            || (services.GetService<ITransactionRequirement<TRequest>>() is { } requirement && !requirement.IsRequired(request)))
        {
            return await next();
        }

        var unitOfWork = services.GetRequiredKeyedService<IUnitOfWork>(transactional.Service);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
