using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Nsp.Api.Shared.Security;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Security;

namespace Nsp.Api.Shared.Soap;

/// <summary>
/// Handles the POSTs of one SOAP endpoint: content type, size limit, envelope, dispatch, ID card, handler, answer.
/// Every failure on the way becomes a fault through <see cref="SoapFaultMapper"/>, so a refused call never reaches a
/// handler and the audit middleware writes it with code 500.
/// </summary>
internal sealed class SoapGateway(SoapEndpointDefinition endpoint, SoapParsingLimits limits, IdwsReplayGuard replayGuard)
{
    public const string RequestReadStat = "requestReadDuration";
    public const string SecurityStat = "securityDuration";

    private readonly SemaphoreSlim? _turns = endpoint.MaxConcurrentRequests is { } turns ? new SemaphoreSlim(turns, turns) : null;

    public SoapEndpointDefinition Endpoint => endpoint;

    // Without a bound no extra async step is added to every call.
    public Task HandleAsync(HttpContext context) => _turns is null ? HandleInTurnAsync(context) : HandleWithTurnAsync(context, _turns);

    private async Task HandleWithTurnAsync(HttpContext context, SemaphoreSlim turns)
    {
        // Waiting ends with the client (RequestAborted); the body is not read before the call's turn.
        await turns.WaitAsync(context.RequestAborted);
        try
        {
            await HandleInTurnAsync(context);
        }
        finally
        {
            turns.Release();
        }
    }

    private async Task HandleInTurnAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var access = services.GetService<IAuditRecordAccessor>()?.Current?.Access;
        var cancellationToken = context.RequestAborted;
        SoapRequestMessage? request = null;
        SoapOperation? operation = null;
        // Our limit rules, not the server's default (30 MB in Kestrel), so ITI-41 endpoints can take more.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = endpoint.MaxRequestBytes + 1;
        }

        try
        {
            string? contentTypeAction = CheckContentType(context.Request);
            long started = time.GetTimestamp();
            request = await SoapEnvelopeReader.ReadAsync(
                context.Request.Body, context.Request.ContentLength, endpoint.MaxRequestBytes, endpoint.Version, limits, cancellationToken);
            Measure(access, RequestReadStat, time, started);

            var headers = request.HeaderValues();
            if (access is not null)
            {
                // Before the card is checked, so a refused call's audit line still says who claimed to call.
                RecordSoapHeaders(access, headers);
            }

            operation = Dispatch(request, StatedAction(context.Request, contentTypeAction));
            started = time.GetTimestamp();
            var security = Authenticate(services, request, operation, headers);
            Measure(access, SecurityStat, time, started);
            if (security is not null)
            {
                services.GetRequiredService<ISecurityContextAccessor>().Set(security);
            }

            var body = await operation.Handler(new SoapCall(request.Operation, security, headers, endpoint.Version, services), cancellationToken);
            await WriteAsync(context, StatusCodes.Status200OK, SoapResponseWriter.Success(endpoint, request, operation, body), cancellationToken);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var fault = SoapFaultMapper.Map(exception, out bool internalError);
            var logger = services.GetRequiredService<ILogger<SoapGateway>>();
            if (internalError)
            {
                SoapGatewayLog.InternalError(logger, endpoint.Path, operation?.Element, exception);
            }
            else
            {
                SoapGatewayLog.Refused(logger, endpoint.Path, fault.FaultCode, fault.Message);
            }

            // SOAP over HTTP answers every fault with 500 (ADR 0010).
            await WriteAsync(
                context, StatusCodes.Status500InternalServerError, SoapResponseWriter.Fault(endpoint.Version, fault, request), CancellationToken.None);
        }
    }

    /// <summary>Answers a request with another method than POST (and no <c>?wsdl</c>): 405 with <c>Allow: POST</c> and
    /// an <c>illegal_http_method</c> fault in the endpoint's version.</summary>
    public Task RefuseMethodAsync(HttpContext context)
    {
        context.Response.Headers.Allow = HttpMethods.Post;
        var fault = new SoapFault(
            SoapFaultCodes.IllegalHttpMethod,
            $"HTTP {context.Request.Method} is not allowed here: send SOAP requests with POST, or GET {endpoint.Path}?wsdl for the contract.",
            SenderFault: true);
        return WriteAsync(context, StatusCodes.Status405MethodNotAllowed, SoapResponseWriter.Fault(endpoint.Version, fault, null), context.RequestAborted);
    }

    /// <summary>The action the SOAP 1.2 content type states (its <c>action</c> parameter), or null.</summary>
    private string? CheckContentType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || contentType.MediaType.Value is not { } mediaType)
        {
            throw SoapFaultException.Syntax($"The request must have Content-Type {endpoint.MediaType}.");
        }

        if (mediaType.Equals("multipart/related", StringComparison.OrdinalIgnoreCase))
        {
            throw SoapFaultException.Syntax(
                $"This endpoint does not accept multipart/related (MTOM/XOP) messages; send the envelope as {endpoint.MediaType}.");
        }

        if (!mediaType.Equals(endpoint.MediaType, StringComparison.OrdinalIgnoreCase))
        {
            throw SoapFaultException.Syntax(endpoint.Version == SoapVersion.Soap12
                ? "This endpoint speaks SOAP 1.2: the request must have Content-Type application/soap+xml."
                : "This endpoint speaks SOAP 1.1: the request must have Content-Type text/xml.");
        }

        if (endpoint.Version != SoapVersion.Soap12)
        {
            return null;
        }

        foreach (var parameter in contentType.Parameters)
        {
            if (parameter.Name.Equals("action", StringComparison.OrdinalIgnoreCase))
            {
                return Unquote(parameter.Value);
            }
        }

        return null;
    }

    private string? StatedAction(HttpRequest request, string? contentTypeAction)
    {
        if (endpoint.Version == SoapVersion.Soap12)
        {
            return contentTypeAction;
        }

        return request.Headers.TryGetValue("SOAPAction", out var values) ? Unquote(values.ToString()) : null;
    }

    private SoapOperation Dispatch(SoapRequestMessage request, string? statedAction)
    {
        var name = request.OperationName;
        if (!endpoint.Operations.TryGetValue(name, out var operation))
        {
            throw SoapFaultException.Syntax($"This endpoint has no operation for the element {{{name.Namespace}}}{name.Name}.");
        }

        if (endpoint.RequireWsAddressing && request.WsaAction is null)
        {
            throw new SoapFaultException(SoapFaultCodes.MissingRequiredHeader, "This endpoint requires the WS-Addressing header wsa:Action.");
        }

        CheckAction(statedAction, operation, endpoint.Version == SoapVersion.Soap12 ? "The action parameter" : "The SOAPAction");
        CheckAction(request.WsaAction, operation, "wsa:Action");
        return operation;
    }

    /// <summary>The stated action is a hint (WS-I Basic Profile; DESIGN.md 4.1): absent, empty, the WSDL's action, the
    /// bare operation name or anything else is accepted, except an action that names another operation of this
    /// endpoint, which would mean the client and the Body disagree about what is asked.</summary>
    private void CheckAction(string? stated, SoapOperation operation, string what)
    {
        if (string.IsNullOrEmpty(stated) || operation.IsNamedBy(stated))
        {
            return;
        }

        foreach (var other in endpoint.Operations.Values)
        {
            if (!ReferenceEquals(other, operation) && other.IsNamedBy(stated))
            {
                throw SoapFaultException.Syntax(
                    $"{what} '{stated}' names the operation {other.Name}, but the Body holds a request for {operation.Name}.");
            }
        }
    }

    private SecurityContext? Authenticate(IServiceProvider services, SoapRequestMessage request, SoapOperation operation, SoapHeaderValues headers)
    {
        if (endpoint.Security == SoapSecurity.None)
        {
            return null;
        }

        if (request.Security is null)
        {
            throw new SoapFaultException(SoapFaultCodes.MissingRequiredHeader, "The wsse:Security header is missing; it must hold the caller's ID card.");
        }

        if (request.Assertion is null)
        {
            throw new SoapFaultException(SoapFaultCodes.MissingRequiredHeader, "The wsse:Security header holds no ID card (saml:Assertion).");
        }

        var verifier = services.GetRequiredService<IdCardVerifier>();
        var card = verifier.Verify(request.Assertion, operation.Requirements);
        if (endpoint.Security == SoapSecurity.Dgws && card.Format != IdCardFormat.Dgws)
        {
            throw new IdCardRejectedException(SoapFaultCodes.InvalidIdCard, "This endpoint takes a DGWS ID card, not an IDWS token.");
        }

        if (endpoint.Security == SoapSecurity.Idws && card.Format != IdCardFormat.Idws)
        {
            throw new IdCardRejectedException(SoapFaultCodes.InvalidIdCard, "This endpoint takes an IDWS token, not a DGWS ID card.");
        }

        // A token is only the bearer's when its holder-of-key signed this message, whichever mode let it in.
        if (card.Format == IdCardFormat.Idws)
        {
            HolderOfKeyProof.Verify(request, card, verifier.Now, verifier.ClockSkew, replayGuard);
        }

        return card.ToSecurityContext(headers);
    }

    private static void RecordSoapHeaders(AuditAccess access, SoapHeaderValues headers)
    {
        Put(access, "FlowID", headers.FlowId);
        Put(access, "Issuer", headers.Issuer);
        Put(access, "MessageID", headers.MessageId);
        Put(access, "NameID", headers.NameId);
        Put(access, "w3Action", headers.WsaAction);
        Put(access, "w3MessageID", headers.WsaMessageId);
        Put(access, "w3To", headers.WsaTo);
    }

    private static void Put(AuditAccess access, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            access.SoapHeaders[key] = value;
        }
    }

    private static void Measure(AuditAccess? access, string stat, TimeProvider time, long started)
    {
        if (access is not null)
        {
            access.Stats[stat] = (long)time.GetElapsedTime(started).TotalMilliseconds;
        }
    }

    private async Task WriteAsync(HttpContext context, int statusCode, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = endpoint.ResponseContentType;
        response.ContentLength = payload.Length;
        await response.Body.WriteAsync(payload, cancellationToken);
    }

    private static string? Unquote(StringSegment value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[trimmed.Length - 1] == '"')
        {
            trimmed = trimmed.Subsegment(1, trimmed.Length - 2);
        }

        return trimmed.Length == 0 ? null : trimmed.Value;
    }
}
