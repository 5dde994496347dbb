using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Nsp.Application.Shared.MinLog.Transfer;
using Nsp.Application.Shared;

namespace Nsp.Tests.Unit.Shared.MinLog.Transfer;

public sealed class GetMinLogTransferAlarmQueryHandlerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly IMinLogOutboxMonitor _monitor = Substitute.For<IMinLogOutboxMonitor>();
    private readonly ServiceProvider _services;
    private readonly GetMinLogTransferAlarmQueryHandler _handler;

    public GetMinLogTransferAlarmQueryHandlerTests()
    {
        var services = new ServiceCollection();
        services.AddKeyedSingleton(NspService.Brs, _monitor);
        services.AddKeyedSingleton(NspService.Brs, MinLogTransferSettings.Default);
        _services = services.BuildServiceProvider();
        _handler = new GetMinLogTransferAlarmQueryHandler(_services, new ManualTimeProvider(Now));
    }

    [Fact]
    public async Task An_empty_outbox_raises_no_alarm()
    {
        _monitor.OldestEntryCreatedAsync(default).ReturnsForAnyArgs((DateTime?)null);

        Assert.Null(await _handler.Handle(new GetMinLogTransferAlarmQuery(NspService.Brs), CancellationToken.None));
    }

    [Fact]
    public async Task An_entry_exactly_as_old_as_the_limit_raises_no_alarm()
    {
        _monitor.OldestEntryCreatedAsync(default).ReturnsForAnyArgs(Now.UtcDateTime.AddMinutes(-10));

        Assert.Null(await _handler.Handle(new GetMinLogTransferAlarmQuery(NspService.Brs), CancellationToken.None));
    }

    [Fact]
    public async Task An_entry_older_than_the_limit_raises_an_alarm_naming_its_age()
    {
        _monitor.OldestEntryCreatedAsync(default).ReturnsForAnyArgs(Now.UtcDateTime.AddMinutes(-25));

        Assert.Equal(
            "MinLog transfer: the oldest waiting entry is PT25M old (limit PT10M)",
            await _handler.Handle(new GetMinLogTransferAlarmQuery(NspService.Brs), CancellationToken.None));
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task A_query_is_required()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _handler.Handle(null!, CancellationToken.None));
    }
}
