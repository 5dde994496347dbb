using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.MinLog.Transfer;
using Nsp.Application.Shared.Jobs;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.MinLogOutbox;

/// <summary>One service's <c>minlog-transfer</c> job (DESIGN 5.4 "Transfer"). Each batch reads the oldest outbox rows
/// in id order, registers them and writes them to <c>MinlogTransfer.log</c> (outside the batch's transaction), then
/// deletes exactly those rows in the batch's transaction. A crash after registering re-sends them (harmless: registration is idempotent by regKode);
/// a failed registration throws, so the rows stay and <see cref="JobRunner"/> records the error.</summary>
public sealed partial class MinLogTransferJob<TContext> : IMinLogTransferJob, IPreparedBatchJob
    where TContext : ServiceDbContext
{
    private readonly TContext _context;
    private readonly IMinLogRegistration _registration;
    private readonly MinLogLineFile _transferLog;
    private readonly int _batchSize;
    private readonly ILogger _logger;
    private List<long>? _registered;

    public MinLogTransferJob(
        TContext context,
        IMinLogRegistration registration,
        MinLogLineFile transferLog,
        MinLogTransferSettings settings,
        ILogger<MinLogTransferJob<TContext>> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.BatchSize, 1);
        _context = context;
        _registration = registration;
        _transferLog = transferLog;
        _batchSize = settings.BatchSize;
        _logger = logger;
    }

    public string Name => MinLogTransferSettings.JobName;

    public JobVocabulary Vocabulary => JobVocabulary.Resumable;

    /// <summary>Reads and registers the next rows before the batch's transaction opens, so a slow registration
    /// holds no lock in the service's database.</summary>
    public async Task PrepareBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        // No cursor: "what is left" is the outbox itself.
        _registered = null;
        var rows = await _context.Set<MinLogOutboxRecord>()
            .AsNoTracking()
            .OrderBy(r => r.Id)
            .Take(_batchSize)
            .ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            var entries = rows.Select(MinLogOutboxRows.ToEntry).ToList();
            await _registration.RegisterAsync(entries, cancellationToken);
            _transferLog.Write(entries);
        }

        _registered = rows.Select(r => r.Id).ToList();
    }

    /// <summary>Deletes exactly the rows <see cref="PrepareBatchAsync"/> registered, in the batch's transaction.</summary>
    public async Task<JobBatchOutcome> RunBatchAsync(string? cursor, CancellationToken cancellationToken)
    {
        if (_registered is null)
        {
            await PrepareBatchAsync(cursor, cancellationToken);
        }

        var ids = _registered!;
        _registered = null;
        if (ids.Count == 0)
        {
            return JobBatchOutcome.Done(0);
        }

        // By id, not by range: a row with a lower id may commit after the read and must not be lost.
        var deleted = await _context.Set<MinLogOutboxRecord>().Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(cancellationToken);
        LogTransferred(_logger, deleted, ids[0], ids[^1]);
        return ids.Count < _batchSize ? JobBatchOutcome.Done(ids.Count) : JobBatchOutcome.More(ids.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transferred {Count} MinLog outbox entries (ids {FirstId}..{LastId})")]
    private static partial void LogTransferred(ILogger logger, int count, long firstId, long lastId);
}
