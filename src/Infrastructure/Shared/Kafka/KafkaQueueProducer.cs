using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Queues;

namespace Nsp.Infrastructure.Shared.Kafka;

/// <summary>Publishes to Kafka and waits for the broker's delivery report. Holds one long-lived librdkafka
/// producer (its connections and batching are the point): register it as a singleton. Dispose flushes. Cancelling
/// a publish stops the wait, not the delivery: the message may still arrive.</summary>
public sealed partial class KafkaQueueProducer : IQueueProducer, IDisposable
{
    private readonly IProducer<string, string> _producer;
    private readonly TimeSpan _flushTimeout;
    private readonly ILogger<KafkaQueueProducer> _logger;
    private int _disposed;

    public KafkaQueueProducer(KafkaProducerOptions options, ILogger<KafkaQueueProducer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _flushTimeout = options.MessageTimeout;
        _producer = new ProducerBuilder<string, string>(options.ToProducerConfig())
            .SetLogHandler((_, entry) => LogClient(_logger, entry.Level.ToLogLevel(), entry.Name, entry.Message))
            .SetErrorHandler((_, error) => LogClientError(_logger, error.Code, error.Reason))
            .Build();
    }

    public async Task PublishAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var kafkaMessage = new Message<string, string>
        {
            Key = message.Key,
            Value = message.Payload,
            Headers = ToHeaders(message.Headers),
        };

        try
        {
            await _producer.ProduceAsync(message.Topic, kafkaMessage, cancellationToken);
        }
        catch (ProduceException<string, string> ex) when (KafkaDeliveryOutcome.IsUnknown(ex.Error.Code, ex.DeliveryResult?.Status))
        {
            LogDeliveryUnknown(_logger, message.Topic, ex.Error.Code, ex.Error.Reason);
            throw new QueueDeliveryUnknownException(
                $"Kafka did not confirm the message to '{message.Topic}' ({ex.Error.Code}); it may still arrive.", ex);
        }
        catch (KafkaException ex)
        {
            // A ProduceException not caught above, or a local refusal before sending (queue full, bad topic).
            LogRefused(_logger, message.Topic, ex.Error.Code, ex.Error.Reason);
            throw new QueueUnavailableException(
                $"Kafka refused the message to '{message.Topic}' ({ex.Error.Code}): {ex.Error.Reason}", ex);
        }
    }

    public void Dispose()
    {
        // Idempotent: a container disposes the instance once per registration that hands it out.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Give queued messages their full delivery timeout before the handle goes.
        _producer.Flush(_flushTimeout);
        _producer.Dispose();
    }

    private static Headers ToHeaders(IReadOnlyDictionary<string, string> headers)
    {
        var result = new Headers();
        foreach (var (key, value) in headers)
        {
            result.Add(key, Encoding.UTF8.GetBytes(value));
        }

        return result;
    }

    // No message key in the log: keys may hold personal data (IDSAS's is the patient's CPR followed by the CVR),
    // which belongs in the audit log only.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka delivery to {Topic} unknown: {Code} {Reason}")]
    private static partial void LogDeliveryUnknown(ILogger logger, string topic, ErrorCode code, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Kafka refused message to {Topic}: {Code} {Reason}")]
    private static partial void LogRefused(ILogger logger, string topic, ErrorCode code, string reason);

    [LoggerMessage(Message = "librdkafka producer {Facility}: {Text}")]
    private static partial void LogClient(ILogger logger, LogLevel level, string facility, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "librdkafka producer error {Code}: {Reason}")]
    private static partial void LogClientError(ILogger logger, ErrorCode code, string reason);
}
