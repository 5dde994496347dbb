using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;
using Nsp.Tests.Integration.Shared.Http;

namespace Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

/// <summary>The HTTP adapter against a server that fails in each way it can; timeouts are short to keep this fast.</summary>
// Kestrel servers and short timeouts: run one class at a time, so a busy 2-core machine does not trip the timeouts.
[Collection("OutboundHttp")]
public sealed class HttpPersonInformationClientFailureTests : IAsyncLifetime
{
    private static readonly Cpr Known = Cpr.Parse("0101701234");
    // Generous, so a slow first request on a loaded machine is not a timeout; the stall test uses its own short one.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StallTimeout = TimeSpan.FromMilliseconds(500);

    private TestPersonInformationServer _fake = null!;
    private ServiceProvider _provider = null!;

    private IPersonInformationClient Client => _provider.GetRequiredService<IPersonInformationClient>();

    private DependencyErrorWindow Window =>
        _provider.GetRequiredKeyedService<DependencyErrorWindow>(PersonInformationRegistration.ServiceKey);

    public async Task InitializeAsync()
    {
        _fake = await TestPersonInformationServer.StartAsync();
        _fake.Add(Known.ToString(), "01", "1970-01-01");
        _provider = CreateProvider(RequestTimeout);
    }

    private ServiceProvider CreateProvider(TimeSpan requestTimeout) =>
        new ServiceCollection()
            .AddLogging()
            .AddPersonInformation(new PersonInformationSettings
            {
                Mode = PersonInformationMode.Http,
                Url = _fake.Url,
                RequestTimeout = requestTimeout,
                ConnectTimeout = TimeSpan.FromSeconds(2),
                RetryCount = 1,
                RetryDelay = TimeSpan.FromMilliseconds(20),
                ErrorTolerance = 0,
                ErrorCountDuration = TimeSpan.FromMinutes(10),
            })
            .BuildServiceProvider();

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task An_unknown_cpr_is_an_answer_not_a_failure()
    {
        Assert.Null(await Client.GetStatusAsync(Cpr.Parse("3112999999"), CancellationToken.None));

        Assert.Equal(0, Window.FailureCount);
        Assert.Equal(1, _fake.Server.RequestCount);
    }

    [Fact]
    public async Task A_server_error_is_retried_once_for_a_lookup_and_counts_once_in_the_window()
    {
        _fake.Server.Fail(500);

        var e = await Assert.ThrowsAsync<PersonInformationUnavailableException>(() => Client.GetStatusAsync(Known, CancellationToken.None));

        Assert.Equal(DependencyFailureKind.ServerError, e.Reason);
        Assert.Contains("HTTP 500", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, _fake.Server.RequestCount);
        Assert.Equal(1, Window.FailureCount);
        Assert.Equal(1, Window.ConsecutiveFailures);
        Assert.True(Window.IsFailing);
    }

    [Fact]
    public async Task A_batch_query_is_a_POST_and_is_never_retried()
    {
        _fake.Server.Fail(503);

        var e = await Assert.ThrowsAsync<PersonInformationUnavailableException>(() => Client.GetStatusesAsync([Known], CancellationToken.None));

        Assert.Equal(DependencyFailureKind.ServerError, e.Reason);
        Assert.Equal(1, _fake.Server.RequestCount);
        Assert.Equal(1, Window.FailureCount);
    }

    [Fact]
    public async Task A_stalled_server_times_out_after_each_attempt()
    {
        await using var shortTimeouts = CreateProvider(StallTimeout);
        _fake.Server.Stall(TimeSpan.FromSeconds(5));
        var watch = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<PersonInformationUnavailableException>(() =>
            shortTimeouts.GetRequiredService<IPersonInformationClient>().GetStatusAsync(Known, CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Timeout, e.Reason);
        Assert.Contains("did not answer in time", e.Message, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, StallTimeout * 2, TimeSpan.FromSeconds(4.5));
        Assert.Equal(2, _fake.Server.RequestCount);
        Assert.Equal(1, shortTimeouts.GetRequiredKeyedService<DependencyErrorWindow>(PersonInformationRegistration.ServiceKey).FailureCount);
    }

    [Fact]
    public async Task A_garbage_answer_is_malformed_and_not_retried()
    {
        _fake.Server.Garbage();

        var e = await Assert.ThrowsAsync<PersonInformationUnavailableException>(() => Client.GetStatusAsync(Known, CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Malformed, e.Reason);
        Assert.Contains("malformed", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, _fake.Server.RequestCount);
        Assert.Equal(1, Window.FailureCount);
    }

    [Fact]
    public async Task A_dropped_connection_is_a_transport_failure_retried_for_a_lookup()
    {
        _fake.Server.Drop();

        var e = await Assert.ThrowsAsync<PersonInformationUnavailableException>(() => Client.FindBornOnAsync(new DateOnly(1970, 1, 1), CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Transport, e.Reason);
        Assert.Equal(2, _fake.Server.RequestCount);
        Assert.Equal(1, Window.FailureCount);
    }

    [Fact]
    public async Task A_server_that_dies_half_way_through_a_batch_fails_the_batch()
    {
        _fake.Server.FailAfter(1);
        var asked = Enumerable.Range(0, HttpPersonInformationClient.MaxCprsPerQuery + 1).Select(i => Cpr.Parse($"010170{i:0000}")).ToList();

        var e = await Assert.ThrowsAsync<PersonInformationUnavailableException>(() => Client.GetStatusesAsync(asked, CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Transport, e.Reason);
        Assert.Equal(2, _fake.Server.RequestCount);
        Assert.Equal(1, Window.FailureCount);
    }

    [Fact]
    public async Task A_success_after_failures_resets_consecutive_failures_but_not_the_window()
    {
        _fake.Server.Fail(500);
        await Assert.ThrowsAsync<PersonInformationUnavailableException>(() => Client.GetStatusAsync(Known, CancellationToken.None));
        _fake.Server.Answer();

        Assert.NotNull(await Client.GetStatusAsync(Known, CancellationToken.None));

        Assert.Equal(0, Window.ConsecutiveFailures);
        Assert.Equal(1, Window.FailureCount);
    }

    [Fact]
    public async Task An_answer_about_another_cpr_is_malformed()
    {
        // A server that answers every lookup with the same person.
        await using var liar = await TestHttpServer.StartAsync(app =>
            app.MapGet("/persons/{cpr}", () => Results.Text("{\"cpr\":\"0202504321\",\"status\":\"01\"}", "application/json")));
        await using var provider = new ServiceCollection().AddLogging().AddPersonInformation(new PersonInformationSettings
        {
            Mode = PersonInformationMode.Http,
            Url = liar.BaseAddress.AbsoluteUri,
            RequestTimeout = RequestTimeout,
        }).BuildServiceProvider();

        var e = await Assert.ThrowsAsync<PersonInformationUnavailableException>(() =>
            provider.GetRequiredService<IPersonInformationClient>().GetStatusAsync(Known, CancellationToken.None));

        Assert.Equal(DependencyFailureKind.Malformed, e.Reason);
    }

    [Fact]
    public async Task Messages_name_the_reason_but_no_address_or_cpr()
    {
        _fake.Server.Fail(502);

        var e = await Assert.ThrowsAsync<PersonInformationUnavailableException>(() => Client.GetStatusAsync(Known, CancellationToken.None));

        Assert.StartsWith("PersonInformation is unavailable:", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Known.ToString(), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_a_failure_of_the_service()
    {
        _fake.Server.Stall(TimeSpan.FromSeconds(5));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.GetStatusAsync(Known, cts.Token));

        Assert.Equal(0, Window.FailureCount);
        Assert.Equal(1, _fake.Server.RequestCount);
    }
}
