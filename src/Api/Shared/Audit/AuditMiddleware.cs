using System.Globalization;
using Nsp.Api.Shared.Operations;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Security;

namespace Nsp.Api.Shared.Audit;

/// <summary>Opens the audit record of every call to an audited endpoint and writes it when the response is
/// complete, so calls refused before the pipeline (bad XML, bad ID card) are audited with their real code, sizes and
/// duration. Operations URLs (ADR 0027) are audited on every trigger and every refusal.</summary>
public sealed class AuditMiddleware(RequestDelegate next, IAuditLogWriter writer, TimeProvider timeProvider)
{
    /// <summary>The request headers an audit line shows; others (cookies, authorisation) stay out.</summary>
    private static readonly string[] RecordedHeaders = ["Content-Type", "SOAPAction"];

    public async Task InvokeAsync(HttpContext context)
    {
        var category = context.GetEndpoint()?.Metadata.GetMetadata<AuditedEndpoint>()?.Category
            ?? OperationsAccess.AuditCategory(context);
        if (category is null)
        {
            await next(context);
            return;
        }

        var record = context.RequestServices.GetRequiredService<IAuditRecordAccessor>().Open(category);
        var access = new AuditAccess { Time = timeProvider.GetUtcNow() };
        record.Access = access;
        var started = timeProvider.GetTimestamp();

        var requestBody = new CountingStream(context.Request.Body);
        var responseBody = new CountingStream(context.Response.Body);
        context.Request.Body = requestBody;
        context.Response.Body = responseBody;
        try
        {
            await next(context);
        }
        catch
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            throw;
        }
        finally
        {
            context.Request.Body = requestBody.Inner;
            context.Response.Body = responseBody.Inner;
            access.DurationMilliseconds = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
            Complete(context, access, requestBody.Count, responseBody.Count);
            writer.Write(record);
        }
    }

    private static int PortOf(HttpContext context)
    {
        if (context.Request.Host.Port is { } stated)
        {
            return stated;
        }

        if (context.Connection.LocalPort != 0)
        {
            return context.Connection.LocalPort;
        }

        return context.Request.IsHttps ? 443 : 80;
    }

    private static void Complete(HttpContext context, AuditAccess access, long bytesRead, long bytesWritten)
    {
        var request = context.Request;
        access.Code = context.Response.StatusCode;
        foreach (var header in RecordedHeaders)
        {
            if (request.Headers.TryGetValue(header, out var value))
            {
                access.HttpHeaders[header] = value.ToString();
            }
        }

        access.HttpHost = request.Host.Host;
        access.Method = request.Method;
        access.Path = request.PathBase.Add(request.Path).Value ?? string.Empty;
        access.Query = request.QueryString.HasValue ? request.QueryString.Value![1..] : string.Empty;
        access.Port = PortOf(context);
        access.Protocol = request.Scheme;
        // A call refused before its body was read still has a declared size.
        access.RequestSize = Math.Max(bytesRead, request.ContentLength ?? 0);
        access.ResponseSize = bytesWritten;
        access.ThreadId = Environment.CurrentManagedThreadId.ToString(CultureInfo.InvariantCulture);

        var security = context.RequestServices.GetRequiredService<ISecurityContextAccessor>();
        if (security.HasContext)
        {
            AuditIdCardAttributes.CopyTo(security.Current, access);
        }
    }
}
