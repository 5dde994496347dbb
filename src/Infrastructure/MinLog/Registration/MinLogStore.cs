using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Nsp.Application.MinLog.Registration;
using Nsp.Application.Shared.MinLog;
using Nsp.Domain.MinLog;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.Shared.MinLogOutbox;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.MinLog.Registration;

/// <summary>Stores a batch of entries in <c>logentry</c> in one transaction, each regKode once (DESIGN 5.4
/// "Registration"): the regKodes already stored are found in one query and skipped; organisation names are found by
/// digest, compared by name and inserted when missing. Each newly stored entry becomes one line of
/// <c>Minlog.log</c>, written after the commit so the file never shows an entry the database lacks.</summary>
public sealed partial class MinLogStore : IMinLogEntryStore
{
    private readonly MinLogDbContext _context;
    private readonly MinLogLineFile _minLogFile;
    private readonly ILogger<MinLogStore> _logger;

    public MinLogStore(MinLogDbContext context, MinLogLineFile minLogFile, ILogger<MinLogStore> logger)
    {
        _context = context;
        _minLogFile = minLogFile;
        _logger = logger;
    }

    /// <returns>The number of entries newly stored (the rest were already there).</returns>
    public async Task<int> StoreAsync(IReadOnlyList<MinLogEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var distinct = entries.DistinctBy(e => e.RegKode, StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return 0;
        }

        IReadOnlyList<MinLogEntry> stored;
        var owned = _context.Database.CurrentTransaction is null;
        try
        {
            stored = await StoreOnceAsync(distinct, cancellationToken);
        }
        catch (DbUpdateException e) when (owned && UniqueViolation.Is(e))
        {
            // Another node stored some of these regKodes meanwhile; a second pass sees and skips them.
            LogRetryAfterRace(_logger);
            _context.ChangeTracker.Clear();
            stored = await StoreOnceAsync(distinct, cancellationToken);
        }

        _minLogFile.Write(stored);
        LogStored(_logger, stored.Count, distinct.Count - stored.Count);
        return stored.Count;
    }

    private async Task<IReadOnlyList<MinLogEntry>> StoreOnceAsync(List<MinLogEntry> entries, CancellationToken cancellationToken)
    {
        // Joins a transaction the caller opened (e.g. the registration request's unit of work); otherwise owns one.
        await using var transaction = _context.Database.CurrentTransaction is null
            ? await _context.Database.BeginTransactionAsync(cancellationToken)
            : null;

        var regKodes = entries.Select(e => e.RegKode).ToList();
        var known = await _context.LogEntries
            .Where(l => regKodes.Contains(l.RegKode))
            .Select(l => l.RegKode)
            .ToListAsync(cancellationToken);
        var knownSet = new HashSet<string>(known, StringComparer.Ordinal);
        var fresh = entries.Where(e => !knownSet.Contains(e.RegKode)).ToList();
        if (fresh.Count == 0)
        {
            return [];
        }

        var names = await OrganisationNamesAsync(fresh, cancellationToken);
        foreach (var entry in fresh)
        {
            var logEntry = LogEntry.Create(
                entry.RegKode,
                entry.CprNrBorger,
                entry.Bruger,
                entry.Ansvarlig,
                entry.OrgUsingId,
                entry.SystemName,
                entry.Handling,
                entry.SessionId,
                UtcDateTimeConverter.ToUtc(entry.Tidspunkt));
            if (entry.Details is { } details)
            {
                logEntry.Detail(details);
            }
            if (!string.IsNullOrEmpty(entry.OrgUsingName))
            {
                logEntry.NameOrganisation(names[entry.OrgUsingName]);
            }

            _context.LogEntries.Add(logEntry);
        }

        await _context.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return fresh;
    }

    /// <summary>The stored row of every organisation name the entries use, inserting the missing ones.</summary>
    private async Task<Dictionary<string, OrganisationName>> OrganisationNamesAsync(
        List<MinLogEntry> entries, CancellationToken cancellationToken)
    {
        var wanted = entries
            .Select(e => e.OrgUsingName)
            .Where(n => !string.IsNullOrEmpty(n))
            .Select(n => n!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var byName = new Dictionary<string, OrganisationName>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return byName;
        }

        var digests = wanted.Select(OrganisationName.DigestOf).Distinct().ToList();
        var candidates = await _context.OrganisationNames
            .Where(o => digests.Contains(o.Digest))
            .OrderBy(o => o.Id)
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            // Equal digests need not mean equal names; the first stored row of a name wins.
            byName.TryAdd(candidate.Name, candidate);
        }

        var missing = wanted.Where(n => !byName.ContainsKey(n)).Select(OrganisationName.Create).ToList();
        if (missing.Count > 0)
        {
            _context.OrganisationNames.AddRange(missing);
            await _context.SaveChangesAsync(cancellationToken);
            foreach (var name in missing)
            {
                byName[name.Name] = name;
            }
        }

        return byName;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored {Stored} MinLog entries; {Known} were already stored")]
    private static partial void LogStored(ILogger logger, int stored, int known);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another writer stored some of the same regKodes; storing the batch again")]
    private static partial void LogRetryAfterRace(ILogger logger);
}
