using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Idsas.Blurrings;
using Nsp.Application.Idsas.Blurrings.Persisting;
using Nsp.Application.Idsas.DeadLetters;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;
using Nsp.Application.Shared.Queues;
using Nsp.Domain.Idsas.DeadLetters;

namespace Nsp.Application.Idsas.Operations.KafkaConsume;

/// <summary>Persists one received message in its own scope and transaction, committed before the queue is told:
/// a readable one is upserted (idempotent, so a redelivery changes nothing), an unreadable one becomes a dead
/// letter in the same kind of transaction and is then committed past, so one bad message never blocks the topic.</summary>
public sealed partial class BlurringMessagePersister(IServiceScopeFactory scopes, TimeProvider time, ILogger<BlurringMessagePersister> logger)
{
    public async Task PersistAsync(ReceivedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredKeyedService<IUnitOfWork>(NspService.Idsas);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var blurring = BlurringMessage.Read(message.Payload);
            await services.GetRequiredService<IBlurringRepository>().UpsertAsync(blurring, cancellationToken);
        }
        catch (FormatException exception)
        {
            LogDeadLettered(logger, message.Topic, message.Position, exception.Message);
            services.GetRequiredService<IDeadLetterRepository>().Add(DeadLetter.Create(
                message.Topic, message.Position, message.Key, message.Payload, exception.Message, time.GetUtcNow().UtcDateTime));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unreadable message {Topic} {Position} moved to dead_letter: {Reason}")]
    private static partial void LogDeadLettered(ILogger logger, string topic, string position, string reason);
}
