using MediatR;
using Nsp.Application.Shared.Audit;

namespace Nsp.Application.Shared.Pipeline;

/// <summary>Outermost: lets an audited request add its components to the call's audit record before any check runs,
/// and its response keys after success. Writing the line is the audit middleware's job, not this one's.</summary>
public sealed class AuditBehavior<TRequest, TResponse>(IAuditRecordAccessor auditRecords, TimeProvider timeProvider)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var record = auditRecords.Current;
        if (request is not IAuditedRequest<TResponse> audited || record is null)
        {
            return await next();
        }

        audited.DescribeRequest(record);
        var started = timeProvider.GetTimestamp();
        var response = await next();
        if (record.Access is not null)
        {
            record.Access.Stats["handlerDuration"] = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        }

        audited.DescribeResponse(record, response);
        return response;
    }
}
