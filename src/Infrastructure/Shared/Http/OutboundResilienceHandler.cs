using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Nsp.Infrastructure.Shared.Http;

/// <summary>
/// Polly 8 pipeline as a message handler: a timeout per attempt inside a retry that repeats only idempotent
/// requests (GET, HEAD) on transient failures: 5xx, 408, timeouts and connection errors. A POST is sent once, since
/// the server may have acted on it.
/// </summary>
internal sealed class OutboundResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpMethod> MethodKey = new("nsp.outbound.method");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public OutboundResilienceHandler(string clientName, OutboundHttpOptions options, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.RetryCount > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.RetryCount,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = static args => new ValueTask<bool>(IsRetryable(args.Context, args.Outcome)),
                OnRetry = args =>
                {
                    var method = args.Context.Properties.GetValue(MethodKey, HttpMethod.Get);
                    OutboundHttpLog.Retrying(logger, clientName, method.Method, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }

        _pipeline = builder.AddTimeout(options.RequestTimeout).Build();
    }

    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Exception: null, Result: { } response } =>
            (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(MethodKey, request.Method);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (ctx, state) => new ValueTask<HttpResponseMessage>(state.Handler.SendOnceAsync(state.Request, ctx.CancellationToken)),
                context,
                (Handler: this, Request: request));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static bool IsRetryable(ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        // The caller gave up: nothing to retry for.
        if (context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        var method = context.Properties.GetValue(MethodKey, HttpMethod.Post);
        return (method == HttpMethod.Get || method == HttpMethod.Head) && IsTransient(outcome);
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
