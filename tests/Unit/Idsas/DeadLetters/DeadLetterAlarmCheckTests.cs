using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Idsas.DeadLetters;
using Nsp.Application.Shared.Status;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.DeadLetters;

public sealed class DeadLetterAlarmCheckTests
{
    private static async Task<StatusCheckResult> CheckAsync(int deadLetters)
    {
        var repository = Substitute.For<IDeadLetterRepository>();
        repository.CountAsync(Arg.Any<CancellationToken>()).Returns(deadLetters);
        await using var services = new ServiceCollection().AddScoped(_ => repository).BuildServiceProvider();
        return await new DeadLetterAlarmCheck(services.GetRequiredService<IServiceScopeFactory>()).CheckAsync(CancellationToken.None);
    }

    [Fact]
    public async Task No_dead_letters_is_healthy()
    {
        Assert.Equal(StatusCheckResult.Ok("Kafka Consumer Dead Letters"), await CheckAsync(0));
    }

    [Fact]
    public async Task Dead_letters_fail_the_check_saying_how_many_and_where()
    {
        Assert.Equal(
            StatusCheckResult.Failing("Kafka Consumer Dead Letters", "3 unreadable message(s) from the registration topic are in table dead_letter"),
            await CheckAsync(3));
    }
}
