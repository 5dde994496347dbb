using Nsp.Application.Shared.Audit;

namespace Nsp.Api.Shared.Operations;

/// <summary>Refuses an operations URL to a caller outside <c>nsp.operations.allowed.clients</c>: 403, a short
/// plain-text answer, one warning line, and the refusal in the call's audit record.</summary>
public sealed partial class OperationsAccessFilter(ILogger<OperationsAccessFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (OperationsAccess.IsAllowed(http))
        {
            return await next(context);
        }

        var address = OperationsAccess.ClientAddress(http);
        LogRefused(logger, address, http.Request.Path.Value ?? string.Empty);
        OperationsAccess.AuditEntry(http)?.Set(OperationsAccess.OutcomeKey, AuditInformationType.NPI, OperationsAccess.RefusedOutcome);
        return Results.Text(
            $"Forbidden: {address} may not call operations URLs.\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Address} the operations URL {Path}: the address is not in nsp.operations.allowed.clients")]
    private static partial void LogRefused(ILogger logger, string address, string path);
}
