using System.Net;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Integration.Shared.Soap;

/// <summary>An endpoint with <c>MaxConcurrentRequests</c> (MinLog's bulk registration) reads and handles that many
/// calls at once; the others wait their turn and are then served, none refused.</summary>
public sealed class SoapConcurrencyLimitTests : IAsyncLifetime
{
    private SoapTestHost _host = null!;

    public async Task InitializeAsync() => _host = await SoapTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Calls_beyond_the_limit_wait_for_their_turn_and_are_all_served()
    {
        var calls = Enumerable.Range(0, 3).Select(_ => CallAsync()).ToList();
        await WaitUntilAsync(() => _host.Probe.InFlight == 1);
        // Were the limit not kept, the other two would be inside the handler by now.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        int insideWhileTheFirstWaits = _host.Probe.Calls;

        _host.Probe.ReleaseWaiting();
        var statuses = await Task.WhenAll(calls);

        Assert.Equal(1, insideWhileTheFirstWaits);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(1, _host.Probe.MostInFlight);
        Assert.Equal(3, _host.Probe.Calls);
    }

    private async Task<HttpStatusCode> CallAsync()
    {
        using var request = SoapRequests.Post(
            "/probe/one-at-a-time", SoapRequests.Envelope(SoapVersion.Soap11, card: null, SoapRequests.ProbeBody("wait")), SoapVersion.Soap11, action: null);
        using var response = await _host.Client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The first call never reached the handler.");
            await Task.Delay(20);
        }
    }
}
