using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Queues;

namespace Nsp.Infrastructure.Shared.Kafka;

/// <summary>Drains a Kafka topic at least once. A drain joins the consumer group, waits (bounded) for its
/// partitions, hands messages to the handler one by one, commits each message's offset only after the handler
/// returned, and leaves the group when it saw the topic empty or failed: drains are short jobs (HTTP trigger or
/// Quartz), not a standing subscription. A drain that stopped because its batch was full keeps its membership for
/// <see cref="KafkaConsumerOptions.Linger"/>, so the job's next batch goes on at once instead of paying a group
/// join (a broker's initial rebalance delay, 3 s by default, per batch).</summary>
public sealed partial class KafkaQueueConsumer : IQueueConsumer, IDisposable
{
    private readonly KafkaConsumerOptions _options;
    private readonly ILogger<KafkaQueueConsumer> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _parkingGate = new();
    private ParkedConsumer? _parked;

    public KafkaQueueConsumer(KafkaConsumerOptions options, ILogger<KafkaQueueConsumer> logger, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _logger = logger;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public async Task<QueueDrainResult> DrainAsync(
        string topic,
        Func<ReceivedMessage, CancellationToken, Task> handler,
        QueueDrainLimits limits,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(limits);

        var started = _timeProvider.GetTimestamp();
        var assignmentWait = limits.MaxDuration < _options.AssignmentTimeout ? limits.MaxDuration : _options.AssignmentTimeout;
        var handled = 0;
        var queueEmpty = false;
        var everAssigned = false;

        var consumer = TakeParked(topic) ?? Subscribed(topic);
        var keep = false;
        try
        {
            while (handled < limits.MaxMessages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var remaining = limits.MaxDuration - _timeProvider.GetElapsedTime(started);
                if (remaining <= TimeSpan.Zero)
                {
                    break;
                }

                // Only a poll that began with partitions assigned can show the topic empty: partitions assigned
                // during the poll still need their committed offsets looked up before anything is fetched.
                var assignedBeforePoll = consumer.Assignment.Count > 0;
                everAssigned |= assignedBeforePoll;
                var result = Poll(consumer, topic, remaining < limits.PollTimeout ? remaining : limits.PollTimeout);
                if (result is null)
                {
                    if (assignedBeforePoll && consumer.Assignment.Count > 0)
                    {
                        queueEmpty = true;
                        break;
                    }

                    if (consumer.Assignment.Count > 0)
                    {
                        everAssigned = true;
                        continue;
                    }

                    // Partitions taken away mid-drain: another member has them now, so stop without claiming empty.
                    if (everAssigned)
                    {
                        break;
                    }

                    if (_timeProvider.GetElapsedTime(started) < assignmentWait)
                    {
                        continue;
                    }

                    throw new QueueUnavailableException(
                        $"Kafka assigned no partitions of '{topic}' to group '{_options.GroupId}' within {assignmentWait}.");
                }

                var message = ToReceived(result);
                await handler(message, cancellationToken);
                Commit(consumer, result);
                handled++;
                LogHandled(_logger, topic, message.Position);
            }

            // The budget ran out before the group ever assigned a partition: not "nothing to do" either.
            if (!everAssigned && handled == 0 && consumer.Assignment.Count == 0)
            {
                throw new QueueUnavailableException(
                    $"Kafka assigned no partitions of '{topic}' to group '{_options.GroupId}' within {assignmentWait}.");
            }

            keep = handled == limits.MaxMessages && consumer.Assignment.Count > 0;
        }
        finally
        {
            if (keep)
            {
                Park(topic, consumer);
            }
            else
            {
                // Leave the group now, so the next drain (here or on another node) gets the partitions at once.
                // After a handler failure nothing was committed for its message, so it is delivered again.
                Close(consumer);
            }
        }

        LogDrained(_logger, topic, handled, queueEmpty, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
        return new QueueDrainResult(handled, queueEmpty);
    }

    public void Dispose()
    {
        ParkedConsumer? parked;
        lock (_parkingGate)
        {
            parked = _parked;
            _parked = null;
        }

        parked?.Timer.Dispose();
        if (parked is not null)
        {
            Close(parked.Consumer);
        }
    }

    private IConsumer<string, string> Subscribed(string topic)
    {
        var consumer = new ConsumerBuilder<string, string>(_options.ToConsumerConfig())
            .SetLogHandler((_, entry) => LogClient(_logger, entry.Level.ToLogLevel(), entry.Name, entry.Message))
            .SetErrorHandler((_, error) => LogClientError(_logger, error.Code, error.Reason))
            .Build();
        consumer.Subscribe(topic);
        return consumer;
    }

    /// <summary>The consumer a full batch left in the group, if it is still there for this topic.</summary>
    private IConsumer<string, string>? TakeParked(string topic)
    {
        lock (_parkingGate)
        {
            if (_parked is not { } parked || parked.Topic != topic)
            {
                return null;
            }

            _parked = null;
            parked.Timer.Dispose();
            return parked.Consumer;
        }
    }

    private void Park(string topic, IConsumer<string, string> consumer)
    {
        ParkedConsumer? displaced;
        lock (_parkingGate)
        {
            displaced = _parked;
            var timer = _timeProvider.CreateTimer(_ => CloseIfParked(consumer), null, _options.Linger, Timeout.InfiniteTimeSpan);
            _parked = new ParkedConsumer(topic, consumer, timer);
        }

        if (displaced is not null)
        {
            displaced.Timer.Dispose();
            Close(displaced.Consumer);
        }
    }

    /// <summary>No batch came within the linger: leave the group so other nodes get the partitions.</summary>
    private void CloseIfParked(IConsumer<string, string> consumer)
    {
        lock (_parkingGate)
        {
            if (_parked?.Consumer != consumer)
            {
                return;
            }

            _parked.Timer.Dispose();
            _parked = null;
        }

        Close(consumer);
    }

    private static ConsumeResult<string, string>? Poll(IConsumer<string, string> consumer, string topic, TimeSpan timeout)
    {
        try
        {
            return consumer.Consume(timeout);
        }
        catch (ConsumeException ex)
        {
            throw new QueueUnavailableException(
                $"Kafka could not deliver from '{topic}' ({ex.Error.Code}): {ex.Error.Reason}", ex);
        }
    }

    private static void Commit(IConsumer<string, string> consumer, ConsumeResult<string, string> result)
    {
        try
        {
            consumer.Commit(result);
        }
        catch (KafkaException ex)
        {
            // The handler's work is done but not acknowledged: the message comes again, the handler is idempotent.
            throw new QueueUnavailableException(
                $"Kafka did not accept the commit of {Position(result)} on '{result.Topic}' ({ex.Error.Code}).", ex);
        }
    }

    private void Close(IConsumer<string, string> consumer)
    {
        try
        {
            consumer.Close();
        }
        catch (KafkaException ex)
        {
            // The session times out on the broker instead; do not hide the drain's own outcome behind this.
            LogCloseFailed(_logger, ex.Error.Code, ex.Error.Reason);
        }
        finally
        {
            consumer.Dispose();
        }
    }

    private static ReceivedMessage ToReceived(ConsumeResult<string, string> result)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result.Message.Headers is { } kafkaHeaders)
        {
            foreach (var header in kafkaHeaders)
            {
                // Kafka allows repeated keys; the last one wins, as with a property file.
                var bytes = header.GetValueBytes();
                headers[header.Key] = bytes is null ? string.Empty : Encoding.UTF8.GetString(bytes);
            }
        }

        return new ReceivedMessage(
            result.Topic,
            result.Message.Key ?? string.Empty,
            result.Message.Value ?? string.Empty,
            headers,
            Position(result));
    }

    private static string Position(ConsumeResult<string, string> result) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.Partition.Value}/{result.Offset.Value}");

    private sealed record ParkedConsumer(string Topic, IConsumer<string, string> Consumer, ITimer Timer);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled and committed {Topic} {Position}")]
    private static partial void LogHandled(ILogger logger, string topic, string position);

    [LoggerMessage(Level = LogLevel.Information, Message = "Drained {Topic}: {Handled} handled, empty {QueueEmpty}, {ElapsedMs} ms")]
    private static partial void LogDrained(ILogger logger, string topic, int handled, bool queueEmpty, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka consumer close failed: {Code} {Reason}")]
    private static partial void LogCloseFailed(ILogger logger, ErrorCode code, string reason);

    [LoggerMessage(Message = "librdkafka consumer {Facility}: {Text}")]
    private static partial void LogClient(ILogger logger, LogLevel level, string facility, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "librdkafka consumer error {Code}: {Reason}")]
    private static partial void LogClientError(ILogger logger, ErrorCode code, string reason);
}
