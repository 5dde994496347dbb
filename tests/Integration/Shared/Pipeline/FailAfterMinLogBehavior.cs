using MediatR;
using Microsoft.EntityFrameworkCore;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Tests.Integration.Shared.Pipeline;

/// <summary>Registered between the unit of work and the MinLog behaviour: after the MinLog write it notes how many
/// outbox rows the open transaction holds, then fails when the command asks it to, so the test sees a failure
/// that comes after the outbox row was written.</summary>
public sealed class FailAfterMinLogBehavior<TRequest, TResponse>(TestServiceDbContext context, PipelineObservations observations)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is RecordNoteCommand { FailAfterMinLog: true })
        {
            observations.OutboxRowsBeforeFailure = await context.Set<MinLogOutboxRecord>().CountAsync(cancellationToken);
            throw new InvalidOperationException("failed after the MinLog write");
        }

        return response;
    }
}
