using System.Net;
using Microsoft.AspNetCore.Builder;

namespace Nsp.Tests.Integration.Shared.Http;

// Kestrel servers and short timeouts: run one class at a time, so a busy 2-core machine does not trip the timeouts.
[Collection("OutboundHttp")]
public sealed class TestHttpServerTests : IAsyncLifetime
{
    private static readonly Uri Ping = new("ping", UriKind.Relative);
    private TestHttpServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await TestHttpServer.StartAsync(app => app.MapGet("/ping", () => "pong"));
        _client = new HttpClient { BaseAddress = _server.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Answer_serves_the_mapped_routes_and_counts_requests()
    {
        Assert.Equal("pong", await _client.GetStringAsync(Ping));
        Assert.Equal("pong", await _client.GetStringAsync(Ping));
        Assert.Equal(2, _server.RequestCount);
        Assert.StartsWith("http://127.0.0.1:", _server.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_answers_with_the_status()
    {
        _server.Fail(503);
        using var response = await _client.GetAsync(Ping);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Garbage_answers_200_with_a_body_that_is_not_json()
    {
        _server.Garbage();
        Assert.StartsWith("<html>", await _client.GetStringAsync(Ping), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drop_aborts_the_connection()
    {
        _server.Drop();
        await Assert.ThrowsAsync<HttpRequestException>(() => _client.GetStringAsync(Ping));
    }

    [Fact]
    public async Task Stall_outlasts_the_clients_timeout()
    {
        _server.Stall(TimeSpan.FromSeconds(5));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _client.GetStringAsync(Ping, cts.Token));
    }

    [Fact]
    public async Task FailAfter_answers_n_requests_then_drops()
    {
        _server.FailAfter(2);
        Assert.Equal("pong", await _client.GetStringAsync(Ping));
        Assert.Equal("pong", await _client.GetStringAsync(Ping));
        await Assert.ThrowsAsync<HttpRequestException>(() => _client.GetStringAsync(Ping));
        Assert.Equal(3, _server.RequestCount);
    }
}
