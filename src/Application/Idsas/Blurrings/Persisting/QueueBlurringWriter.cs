using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Queues;
using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Application.Idsas.Blurrings.Persisting;

/// <summary>KAFKA: puts the blurring on the registration topic and returns only after the broker confirmed it; the
/// operations' <c>kafka-consume</c> job writes it. No database write here.</summary>
public sealed class QueueBlurringWriter(IQueueProducer producer, string topic, IReadOnlyDictionary<string, string> headers) : IBlurringWriter
{
    public const string DependencyName = "Kafka";

    public async Task WriteAsync(Blurring blurring, CancellationToken cancellationToken)
    {
        var message = BlurringMessage.From(blurring);
        try
        {
            await producer.PublishAsync(new QueueMessage(topic, message.Key, message.ToJson(), headers), cancellationToken);
        }
        catch (QueueDeliveryUnknownException exception)
        {
            // The message may still arrive; a retry is safe because the consumer upserts.
            throw new DependencyUnavailableException(
                DependencyName, "The blurring queue did not confirm the registration in time; retry the call.", exception)
            {
                RetryAdvised = true,
            };
        }
        catch (QueueUnavailableException exception)
        {
            throw new DependencyUnavailableException(DependencyName, "The blurring queue refused the registration.", exception);
        }
    }
}
