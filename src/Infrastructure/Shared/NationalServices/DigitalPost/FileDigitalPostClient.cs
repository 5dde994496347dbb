using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.DigitalPost;

namespace Nsp.Infrastructure.Shared.NationalServices.DigitalPost;

/// <summary>
/// File-backed Digital Post (<c>digitalpost.mode = file</c>): appends each letter as one JSON line to
/// <c>digitalpost.file</c>, creating the file. Idempotent by message id: a letter whose id is already in the file is
/// not written again and gets the same receipt (<see cref="RecordedStatus"/>). Sends to one path are serialised
/// within the process; the file is append-only, and a line that cannot be read (an operator's edit, a write cut short)
/// fails every send, naming the file and line, until it is fixed.
/// </summary>
public sealed class FileDigitalPostClient : IDigitalPostClient
{
    /// <summary>The status of every receipt from the file.</summary>
    public const string RecordedStatus = "RECORDED";

    // One gate per file, shared by every instance, so two clients on one path cannot interleave or double-write.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly string _path;
    private readonly SemaphoreSlim _gate;
    private readonly DependencyErrorWindow? _errorWindow;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly HashSet<Guid> _recorded = [];
    private long _readUpTo;
    private int _linesRead;

    public FileDigitalPostClient(string path, DependencyErrorWindow? errorWindow = null, TimeProvider? timeProvider = null, ILogger<FileDigitalPostClient>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _gate = Gates.GetOrAdd(_path, _ => new SemaphoreSlim(1, 1));
        _errorWindow = errorWindow;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<FileDigitalPostClient>.Instance;
    }

    /// <summary>The letters file.</summary>
    public string FilePath => _path;

    public async Task<DigitalPostReceipt> SendAsync(DigitalPostLetter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var receipt = new DigitalPostReceipt(letter.MessageId, RecordedStatus);
            bool written;
            try
            {
                // FileShare.None: another process that opens the file the same way waits its turn (an advisory lock on Unix).
                using var stream = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                CatchUp(stream);
                written = !_recorded.Contains(letter.MessageId);
                if (written)
                {
                    Append(stream, letter);
                }
            }
            catch (DirectoryNotFoundException e)
            {
                throw Fail(DependencyFailureKind.Missing, $"Digital Post letters file '{_path}' cannot be created: its directory does not exist.", e);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Fail(DependencyFailureKind.Missing, $"Digital Post letters file '{_path}' cannot be used: {e.GetType().Name}.", e);
            }

            if (written)
            {
                DigitalPostLog.Recorded(_logger, letter.MessageId, letter.TemplateDigital);
            }
            else
            {
                DigitalPostLog.AlreadyRecorded(_logger, letter.MessageId);
            }

            _errorWindow?.RecordSuccess();
            return receipt;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads the lines appended since the last send (by any writer); a shorter file was replaced, so it is read anew.</summary>
    private void CatchUp(FileStream stream)
    {
        if (stream.Length < _readUpTo)
        {
            _recorded.Clear();
            _readUpTo = 0;
            _linesRead = 0;
        }

        stream.Position = _readUpTo;
        var lineNumber = _linesRead;
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var text = reader.ReadToEnd();
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw Fail(DependencyFailureKind.Malformed, $"Digital Post letters file '{_path}' is malformed: its last line is incomplete.", null);
        }

        var found = new List<Guid>();
        var lines = text.Length == 0 ? [] : text[..^1].Split('\n');
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Length > 0)
            {
                found.Add(ReadId(line, lineNumber));
            }
        }

        // Only a fully read tail moves the position, so a bad line keeps failing until it is fixed.
        _recorded.UnionWith(found);
        _readUpTo = stream.Length;
        _linesRead = lineNumber;
    }

    private Guid ReadId(string line, int lineNumber)
    {
        DigitalPostLine? entry;
        try
        {
            entry = JsonSerializer.Deserialize(line, DigitalPostJsonContext.Default.DigitalPostLine);
        }
        catch (JsonException e)
        {
            throw Fail(DependencyFailureKind.Malformed, $"Digital Post letters file '{_path}' is malformed: line {lineNumber} is not a JSON object.", e);
        }

        return entry?.MessageId is { } id && Guid.TryParseExact(id, "D", out var messageId)
            ? messageId
            : throw Fail(DependencyFailureKind.Malformed, $"Digital Post letters file '{_path}' is malformed: line {lineNumber} has no messageId.", null);
    }

    private void Append(FileStream stream, DigitalPostLetter letter)
    {
        var line = new DigitalPostLine(
            letter.MessageId.ToString("D", CultureInfo.InvariantCulture),
            _timeProvider.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            letter.RecipientCpr.ToString(),
            letter.RecipientIdSource,
            letter.TemplateDigital,
            letter.TemplatePhysical,
            [.. letter.RecipientDetails.Select(d => new DigitalPostDetailJson(d.Key, d.Value))],
            [.. letter.TemplateDetails.Select(d => new DigitalPostDetailJson(d.Key, d.Value))]);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(line, DigitalPostJsonContext.Default.DigitalPostLine);

        // One write of the whole line, flushed to disk before the receipt says it is recorded.
        var buffer = new byte[bytes.Length + 1];
        bytes.CopyTo(buffer, 0);
        buffer[^1] = (byte)'\n';
        stream.Seek(0, SeekOrigin.End);
        stream.Write(buffer);
        stream.Flush(flushToDisk: true);
        _recorded.Add(letter.MessageId);
        _readUpTo = stream.Length;
        _linesRead++;
    }

    private DigitalPostUnavailableException Fail(DependencyFailureKind reason, string message, Exception? cause)
    {
        _errorWindow?.RecordFailure();
        DigitalPostLog.FileFailed(_logger, reason, cause);
        return new DigitalPostUnavailableException(reason, message, cause);
    }
}
