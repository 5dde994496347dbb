using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.DigitalPost;
using Nsp.Domain.Shared.Persons;
using Nsp.Infrastructure.Shared.NationalServices.DigitalPost;

namespace Nsp.Tests.Integration.Shared.NationalServices.DigitalPost;

/// <summary>The SOAP adapter against a Kestrel Digital Post server that answers, faults, fails, stalls, sends garbage
/// or drops the connection. Every failure counts once and nothing is ever sent twice.</summary>
[Collection("OutboundHttp")]
public sealed class HttpDigitalPostClientTests : IAsyncLifetime
{
    private static readonly XNamespace Dp = "http://nspop.dk/digitalpost/2024/05/29/";
    private static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);

    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2025, 9, 11, 8, 0, 0, TimeSpan.Zero));
    private TestDigitalPostServer _fake = null!;
    private ServiceProvider _provider = null!;

    private IDigitalPostClient Client => _provider.GetRequiredService<IDigitalPostClient>();

    private DependencyErrorWindow Window => _provider.GetRequiredKeyedService<DependencyErrorWindow>(DigitalPostRegistration.ServiceKey);

    public async Task InitializeAsync()
    {
        _fake = await TestDigitalPostServer.StartAsync();
        _provider = CreateProvider(RequestTimeout, tolerance: 1);
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private static DigitalPostLetter Letter(Guid? id = null) => new(
        id ?? Guid.NewGuid(),
        Cpr.Parse("0101701234"),
        "ODR/20250911/digital/18aarIkkeTagetStilling",
        "ODR/20250911/physical/18aarIkkeTagetStilling",
        [new("cpr-birthday", "2007-09-25")],
        [new("year", "2025")]);

    private ServiceProvider CreateProvider(TimeSpan requestTimeout, int tolerance) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_clock)
            .AddDigitalPost(new DigitalPostSettings
            {
                Mode = DigitalPostMode.Http,
                Url = _fake.Url,
                ConnectTimeout = TimeSpan.FromSeconds(2),
                RequestTimeout = requestTimeout,
                ErrorTolerance = tolerance,
                ErrorCountDuration = TimeSpan.FromMinutes(10),
            })
            .BuildServiceProvider();

    [Fact]
    public async Task A_letter_is_one_soap_post_of_SendDigitalPost_to_the_endpoint_itself()
    {
        var letter = Letter();

        var receipt = await Client.SendAsync(letter, CancellationToken.None);

        Assert.Equal(new DigitalPostReceipt(letter.MessageId, "OK"), receipt);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("\"http://nspop.dk/digitalpost/2024/05/29/SendDigitalPost\"", request.SoapAction);
        Assert.Equal("text/xml; charset=utf-8", request.ContentType);
        var send = XDocument.Parse(request.Body).Root!.Element(Soap + "Body")!.Element(Dp + "SendDigitalPost")!;
        Assert.Equal(letter.MessageId.ToString(), send.Element(Dp + "message-id")!.Value);
        Assert.Equal("0101701234", send.Element(Dp + "recipient-id")!.Value);
        Assert.Equal("1.2.208.176.1.2", send.Element(Dp + "recipient-id-source")!.Value);
        Assert.Equal(letter.TemplateDigital, send.Element(Dp + "template-digital")!.Value);
        Assert.Equal(letter.TemplatePhysical, send.Element(Dp + "template-physical")!.Value);
        Assert.Equal("cpr-birthday", send.Element(Dp + "recipient-details")!.Element(Dp + "detail")!.Element(Dp + "key")!.Value);
        Assert.Equal("2025", send.Element(Dp + "template-details")!.Element(Dp + "detail")!.Element(Dp + "value")!.Value);
        Assert.Equal(0, Window.FailureCount);
    }

    [Fact]
    public async Task A_soap_fault_is_a_server_error_sent_once()
    {
        _fake.Fault();

        var e = await Assert.ThrowsAsync<DigitalPostUnavailableException>(() => Client.SendAsync(Letter(), CancellationToken.None));

        Assert.Equal(DependencyFailureKind.ServerError, e.Reason);
        Assert.Single(_fake.Requests);
        Assert.Equal(1, Window.FailureCount);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_5xx_is_never_retried(int status)
    {
        _fake.Server.Fail(status);

        var e = await Assert.ThrowsAsync<DigitalPostUnavailableException>(() => Client.SendAsync(Letter(), CancellationToken.None));

        Assert.Equal(DependencyFailureKind.ServerError, e.Reason);
        Assert.Equal(1, _fake.Server.RequestCount);
        Assert.Equal(1, Window.FailureCount);
    }

    [Fact]
    public async Task A_4xx_is_an_unexpected_status()
    {
        _fake.Server.Fail(400);

        var e = await Assert.ThrowsAsync<DigitalPostUnavailableException>(() => Client.SendAsync(Letter(), CancellationToken.None));

        Assert.Equal(DependencyFailureKind.UnexpectedStatus, e.Reason);
        Assert.Equal(1, Window.FailureCount);
    }

    [Fact]
    public async Task A_stalled_server_times_out_without_a_second_attempt()
    {
        await using var shortTimeout = CreateProvider(TimeSpan.FromMilliseconds(500), tolerance: 0);
        _fake.Server.Stall(TimeSpan.FromSeconds(5));

        var e = await Assert.ThrowsAsync<DigitalPostUnavailableException>(() =>
            shortTimeout.GetRequiredService<IDigitalPostClient>().SendAsync(Letter(), CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Timeout, e.Reason);
        Assert.Equal(1, _fake.Server.RequestCount);
        Assert.True(shortTimeout.GetRequiredKeyedService<DependencyErrorWindow>(DigitalPostRegistration.ServiceKey).IsFailing);
    }

    [Fact]
    public async Task Garbage_is_malformed()
    {
        _fake.Server.Garbage();

        var e = await Assert.ThrowsAsync<DigitalPostUnavailableException>(() => Client.SendAsync(Letter(), CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Malformed, e.Reason);
        Assert.Equal(1, Window.FailureCount);
    }

    [Fact]
    public async Task A_closed_connection_is_a_transport_failure_sent_once()
    {
        _fake.Server.Drop();

        var e = await Assert.ThrowsAsync<DigitalPostUnavailableException>(() => Client.SendAsync(Letter(), CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Transport, e.Reason);
        Assert.Equal(1, _fake.Server.RequestCount);
        Assert.Equal(1, Window.FailureCount);
    }

    [Fact]
    public async Task With_tolerance_1_one_failure_is_healthy_two_are_failing_and_the_window_recovers()
    {
        _fake.Server.Fail(500);
        await Assert.ThrowsAsync<DigitalPostUnavailableException>(() => Client.SendAsync(Letter(), CancellationToken.None));
        Assert.False(Window.IsFailing);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<DigitalPostUnavailableException>(() => Client.SendAsync(Letter(), CancellationToken.None));
        Assert.True(Window.IsFailing);

        // The first failure leaves the window; one is within tolerance again.
        _clock.Advance(TimeSpan.FromMinutes(9.5));
        Assert.False(Window.IsFailing);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, Window.FailureCount);
    }

    [Fact]
    public async Task A_retry_by_the_caller_resends_the_same_message_id()
    {
        var letter = Letter();
        _fake.Fault();
        await Assert.ThrowsAsync<DigitalPostUnavailableException>(() => Client.SendAsync(letter, CancellationToken.None));
        _fake.Fault(false);

        await Client.SendAsync(letter, CancellationToken.None);

        var ids = _fake.Requests.Select(r => XDocument.Parse(r.Body).Descendants(Dp + "message-id").Single().Value).ToList();
        Assert.Equal([letter.MessageId.ToString(), letter.MessageId.ToString()], ids);
    }

    [Fact]
    public async Task Messages_name_the_reason_but_no_address_or_cpr()
    {
        _fake.Fault();

        var e = await Assert.ThrowsAsync<DigitalPostUnavailableException>(() => Client.SendAsync(Letter(), CancellationToken.None));

        Assert.StartsWith("Digital Post is unavailable:", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0101701234", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_a_failure()
    {
        _fake.Server.Stall(TimeSpan.FromSeconds(5));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.SendAsync(Letter(), cts.Token));

        Assert.Equal(0, Window.FailureCount);
    }

    [Theory]
    [InlineData(null, "digitalpost.service.url is required")]
    [InlineData("file:///tmp/x", "digitalpost.service.url must be an absolute http or https URL")]
    public void Http_mode_without_a_usable_url_stops_registration(string? url, string expected)
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddDigitalPost(new DigitalPostSettings { Mode = DigitalPostMode.Http, Url = url }));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_mode_stops_registration()
    {
        var e = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddDigitalPost(new DigitalPostSettings { Mode = default, Url = "http://x/" }));

        Assert.Equal("digitalpost.mode must be set to http or file.", e.Message);
    }
}
