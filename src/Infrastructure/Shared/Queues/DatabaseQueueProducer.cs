using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.Queues;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Queues;

/// <summary>The DATABASE queue strategy: a message is a <c>queue_message</c> row written through the service's
/// scoped context. Inside a unit of work it joins the open transaction (sent if and only if the command commits);
/// without one, saving the row is the confirmation.</summary>
public sealed class DatabaseQueueProducer<TContext> : IQueueProducer
    where TContext : ServiceDbContext
{
    private readonly TContext _context;
    private readonly TimeProvider _time;

    public DatabaseQueueProducer(TContext context, TimeProvider time)
    {
        _context = context;
        _time = time;
    }

    public async Task PublishAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        _context.Add(new QueueMessageRecord
        {
            Topic = message.Topic,
            MessageKey = message.Key,
            Payload = message.Payload,
            Headers = JsonSerializer.Serialize(message.Headers),
            Created = _time.GetUtcNow().UtcDateTime,
        });
        try
        {
            await _context.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            throw new QueueUnavailableException($"The message for topic '{message.Topic}' was not stored.", e);
        }
    }
}
