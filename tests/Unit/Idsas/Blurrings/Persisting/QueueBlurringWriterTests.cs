using Nsp.Application.Idsas.Blurrings.Persisting;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Queues;
using Nsp.Domain.Idsas.Blurrings;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Nsp.Tests.Unit.Idsas.Blurrings.Persisting;

public sealed class QueueBlurringWriterTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
    private readonly IQueueProducer _producer = Substitute.For<IQueueProducer>();

    private Task WriteAsync() =>
        new QueueBlurringWriter(_producer, "topic", new Dictionary<string, string>())
            .WriteAsync(Blurring.Create("1111111118", null, "33257872", Now.AddDays(1), Now), CancellationToken.None);

    [Fact]
    public async Task An_unconfirmed_delivery_names_the_queue_and_asks_for_a_retry()
    {
        _producer.PublishAsync(Arg.Any<QueueMessage>(), Arg.Any<CancellationToken>()).Throws(new QueueDeliveryUnknownException("timeout"));

        var failure = await Assert.ThrowsAsync<DependencyUnavailableException>(WriteAsync);

        Assert.Equal("The blurring queue did not confirm the registration in time; retry the call.", failure.Message);
        Assert.IsType<QueueDeliveryUnknownException>(failure.InnerException);
    }

    [Fact]
    public async Task A_refused_delivery_names_the_queue_and_asks_for_no_retry()
    {
        _producer.PublishAsync(Arg.Any<QueueMessage>(), Arg.Any<CancellationToken>()).Throws(new QueueUnavailableException("down"));

        var failure = await Assert.ThrowsAsync<DependencyUnavailableException>(WriteAsync);

        Assert.Equal(("The blurring queue refused the registration.", false), (failure.Message, failure.RetryAdvised));
        Assert.Equal(QueueBlurringWriter.DependencyName, failure.Dependency);
        Assert.IsType<QueueUnavailableException>(failure.InnerException);
    }
}
