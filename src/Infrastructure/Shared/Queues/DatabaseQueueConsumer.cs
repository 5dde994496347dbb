using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.Queues;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Queues;

/// <summary>Drains a topic of the DATABASE queue in id order. Each message gets its own transaction on the
/// service's scoped context: the handler's work (through the same context) and the row's deletion commit together,
/// so a handler that throws rolls back and leaves the row. Run it under the job's lease: two drains at once would
/// both handle a row (at least once, never lost).</summary>
public sealed class DatabaseQueueConsumer<TContext> : IQueueConsumer
    where TContext : ServiceDbContext
{
    private const int BatchSize = 100;
    private static readonly TimeSpan EmptyPollInterval = TimeSpan.FromMilliseconds(200);

    private readonly TContext _context;
    private readonly TimeProvider _time;

    public DatabaseQueueConsumer(TContext context, TimeProvider time)
    {
        _context = context;
        _time = time;
    }

    public async Task<QueueDrainResult> DrainAsync(
        string topic,
        Func<ReceivedMessage, CancellationToken, Task> handler,
        QueueDrainLimits limits,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(limits);
        if (_context.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A drain commits per message; do not run it inside a unit of work.");
        }

        var started = _time.GetTimestamp();
        var handled = 0;
        long afterId = 0;
        while (handled < limits.MaxMessages && _time.GetElapsedTime(started) < limits.MaxDuration)
        {
            var batch = await NextBatchAsync(topic, afterId, Math.Min(BatchSize, limits.MaxMessages - handled), limits.PollTimeout, cancellationToken);
            if (batch.Count == 0)
            {
                return new QueueDrainResult(handled, QueueEmpty: true);
            }

            foreach (var row in batch)
            {
                if (handled >= limits.MaxMessages || _time.GetElapsedTime(started) >= limits.MaxDuration)
                {
                    break;
                }

                await HandleAsync(row, handler, cancellationToken);
                afterId = row.Id;
                handled++;
            }
        }

        return new QueueDrainResult(handled, QueueEmpty: false);
    }

    private async Task<List<QueueMessageRecord>> NextBatchAsync(
        string topic, long afterId, int size, TimeSpan pollTimeout, CancellationToken cancellationToken)
    {
        var polling = _time.GetTimestamp();
        while (true)
        {
            var batch = await _context.Set<QueueMessageRecord>().AsNoTracking()
                .Where(m => m.Topic == topic && m.Id > afterId)
                .OrderBy(m => m.Id)
                .Take(size)
                .ToListAsync(cancellationToken);
            var left = pollTimeout - _time.GetElapsedTime(polling);
            if (batch.Count > 0 || left <= TimeSpan.Zero)
            {
                return batch;
            }

            await Task.Delay(left < EmptyPollInterval ? left : EmptyPollInterval, _time, cancellationToken);
        }
    }

    private async Task HandleAsync(
        QueueMessageRecord row, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Headers) ?? [];
        var received = new ReceivedMessage(row.Topic, row.MessageKey, row.Payload, headers, row.Id.ToString(CultureInfo.InvariantCulture));
        await using var transaction = await _context.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await handler(received, cancellationToken);
            await _context.SaveChangesAsync(cancellationToken);
            await _context.Set<QueueMessageRecord>().Where(m => m.Id == row.Id).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);

            // The handler's unsaved changes must not leak into the next message's transaction.
            _context.ChangeTracker.Clear();
            throw;
        }
    }
}
