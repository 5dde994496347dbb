using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Nsp.Tests.Integration.Shared.Http;

/// <summary>
/// A real Kestrel server on 127.0.0.1 and a random port, with routes the test maps and a behaviour the test can
/// switch at any time: answer, fail with a status, stall, send garbage, drop the connection, or die after n answers.
/// Counts every request it receives.
/// </summary>
public sealed class TestHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private Behaviour _behaviour = Behaviour.Normal;
    private int _requestCount;
    private int _answeredCount;

    private TestHttpServer(WebApplication app) => _app = app;

    /// <summary>The server's root, e.g. http://127.0.0.1:43125/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Requests received, whatever the behaviour did with them.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    public static async Task<TestHttpServer> StartAsync(Action<WebApplication> mapRoutes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new TestHttpServer(app);
        app.Use(server.ApplyBehaviourAsync);
        mapRoutes(app);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Answer normally through the mapped routes.</summary>
    public void Answer() => _behaviour = Behaviour.Normal;

    /// <summary>Answer every request with <paramref name="statusCode"/> and an empty body.</summary>
    public void Fail(int statusCode) => _behaviour = new Behaviour(BehaviourKind.Fail, statusCode, TimeSpan.Zero, 0);

    /// <summary>Wait <paramref name="duration"/> (longer than the client's timeout) before answering normally.</summary>
    public void Stall(TimeSpan duration) => _behaviour = new Behaviour(BehaviourKind.Stall, 0, duration, 0);

    /// <summary>Answer 200 with a body that is not JSON.</summary>
    public void Garbage() => _behaviour = new Behaviour(BehaviourKind.Garbage, 0, TimeSpan.Zero, 0);

    /// <summary>Abort the connection without answering.</summary>
    public void Drop() => _behaviour = new Behaviour(BehaviourKind.Drop, 0, TimeSpan.Zero, 0);

    /// <summary>Answer the next <paramref name="answers"/> requests normally, then drop every connection.</summary>
    public void FailAfter(int answers)
    {
        Volatile.Write(ref _answeredCount, 0);
        _behaviour = new Behaviour(BehaviourKind.FailAfter, 0, TimeSpan.Zero, answers);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ApplyBehaviourAsync(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref _requestCount);
        var behaviour = _behaviour;
        switch (behaviour.Kind)
        {
            case BehaviourKind.Fail:
                context.Response.StatusCode = behaviour.StatusCode;
                return;
            case BehaviourKind.Stall:
                try
                {
                    await Task.Delay(behaviour.Duration, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                break;
            case BehaviourKind.Garbage:
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("<html>this is not json", context.RequestAborted);
                return;
            case BehaviourKind.Drop:
                context.Abort();
                return;
            case BehaviourKind.FailAfter when Interlocked.Increment(ref _answeredCount) > behaviour.Answers:
                context.Abort();
                return;
            default:
                break;
        }

        await next(context);
    }

    private enum BehaviourKind
    {
        Normal,
        Fail,
        Stall,
        Garbage,
        Drop,
        FailAfter,
    }

    private sealed record Behaviour(BehaviourKind Kind, int StatusCode, TimeSpan Duration, int Answers)
    {
        public static readonly Behaviour Normal = new(BehaviourKind.Normal, 0, TimeSpan.Zero, 0);
    }
}
