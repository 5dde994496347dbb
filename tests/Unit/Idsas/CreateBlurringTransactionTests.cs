using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Idsas.Blurrings.CreateBlurring;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas;

/// <summary>The unit-of-work behaviour with IDSAS's persist strategy deciding: DATABASE writes in a transaction, KAFKA
/// (which only waits for the broker) runs without one.</summary>
public sealed class CreateBlurringTransactionTests
{
    [Theory]
    [InlineData(PersistStrategy.Database, 1)]
    [InlineData(PersistStrategy.Kafka, 0)]
    public async Task CreateBlurring_runs_in_a_transaction_only_with_the_DATABASE_strategy(PersistStrategy strategy, int transactions)
    {
        var unitOfWork = Substitute.For<IUnitOfWork>();
        unitOfWork.BeginAsync(Arg.Any<CancellationToken>()).Returns(Substitute.For<IUnitOfWorkTransaction>());
        await using var services = new ServiceCollection()
            .AddKeyedSingleton(NspService.Idsas, unitOfWork)
            .AddSingleton(new IdsasRegistrationSettings { PersistStrategy = strategy })
            .AddSingleton<ITransactionRequirement<CreateBlurringCommand>, CreateBlurringTransactionRequirement>()
            .BuildServiceProvider();
        var behaviour = new UnitOfWorkBehavior<CreateBlurringCommand, CreateBlurringResult>(services);
        var handled = false;

        await behaviour.Handle(
            new CreateBlurringCommand("1111111118", DateTimeOffset.UtcNow.AddDays(1)),
            CancellationToken.None,
            () =>
            {
                handled = true;
                return Task.FromResult(new CreateBlurringResult("1111111118", "33257872", DateTime.UtcNow, null));
            });

        Assert.True(handled);
        await unitOfWork.Received(transactions).BeginAsync(Arg.Any<CancellationToken>());
    }
}
