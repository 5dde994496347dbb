using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared;
using Nsp.Application.Shared.MinLog.Transfer;
using Nsp.Application.Shared.Status;
using NSubstitute;

namespace Nsp.Tests.Unit.Shared.MinLog.Transfer;

public sealed class MinLogTransferCheckTests
{
    private static async Task<StatusCheckResult> CheckAsync(string? alarm)
    {
        var mediator = Substitute.For<IMediator>();
        mediator.Send(new GetMinLogTransferAlarmQuery(NspService.Odr), Arg.Any<CancellationToken>()).Returns(alarm);
        await using var services = new ServiceCollection().AddScoped(_ => mediator).BuildServiceProvider();
        return await new MinLogTransferCheck(NspService.Odr, services.GetRequiredService<IServiceScopeFactory>()).CheckAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Without_an_alarm_the_transfer_is_OK()
    {
        Assert.Equal(new StatusCheckResult("MinLogTransfer", true, "OK"), await CheckAsync(null));
    }

    [Fact]
    public async Task The_services_alarm_text_fails_the_check()
    {
        Assert.Equal(StatusCheckResult.Failing("MinLogTransfer", "MinLog entries wait too long"), await CheckAsync("MinLog entries wait too long"));
    }
}
