using System.Globalization;
using System.Text;
using System.Threading.Channels;

namespace Nsp.Infrastructure.Shared.Audit;

/// <summary>
/// The audit log file (<c>audit&lt;yyyyMMdd&gt;.log</c> in the log directory, a new file each day), one JSON line per
/// call. A request only queues its line; one writer appends whatever is queued and flushes once per batch, so calls
/// never wait on each other for the file (issue 13: a lock and a flush per line on the request thread were a tenth of
/// a lookup's time). The queue is bounded and a full queue makes callers wait: a line is never dropped. Lines reach
/// the file within milliseconds; a killed process loses at most the lines queued at that moment (README, "Audit log").
/// </summary>
public sealed class FileAuditSink : IAuditSink, IDisposable
{
    /// <summary>Lines held while the disk is slow before callers wait.</summary>
    public const int QueueCapacity = 100_000;

    private readonly string _directory;
    private readonly Channel<Entry> _queue = Channel.CreateBounded<Entry>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Task _writer;
    private FileStream? _file;
    private string? _fileName;

    public FileAuditSink(string logDirectory)
    {
        Directory.CreateDirectory(logDirectory);
        _directory = logDirectory;
        _writer = Task.Run(WriteAsync);
    }

    public void Emit(string category, string line)
    {
        var entry = new Entry(line, null);
        if (!_queue.Writer.TryWrite(entry))
        {
            _queue.Writer.WriteAsync(entry).AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Returns when every line emitted before the call is in the file.</summary>
    public void Flush()
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_queue.Writer.TryWrite(new Entry(null, written)) || _queue.Writer.WriteAsync(new Entry(null, written)).AsTask().Wait(TimeSpan.FromSeconds(30)))
        {
            written.Task.Wait(TimeSpan.FromSeconds(30));
        }
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(30));
        _file?.Dispose();
    }

    private async Task WriteAsync()
    {
        var reader = _queue.Reader;
        var flushed = new List<TaskCompletionSource>();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            try
            {
                while (reader.TryRead(out var entry))
                {
                    if (entry.Line is { } line)
                    {
                        Append(line);
                    }
                    else
                    {
                        flushed.Add(entry.Written!);
                    }
                }

                _file?.Flush();
            }
            catch (IOException exception)
            {
                // The batch is lost, as a full disk loses it; say so where operators look, and start a new file handle.
                await Console.Error.WriteLineAsync($"The audit log could not be written to {_directory}: {exception.Message}").ConfigureAwait(false);
                _file?.Dispose();
                _file = null;
            }

            flushed.ForEach(f => f.TrySetResult());
            flushed.Clear();
        }
    }

    private void Append(string line)
    {
        string name = "audit" + DateTime.Now.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ".log";
        if (_file is null || name != _fileName)
        {
            _file?.Dispose();
            _file = new FileStream(
                Path.Combine(_directory, name), FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 64 * 1024);
            _fileName = name;
        }

        int length = Encoding.UTF8.GetMaxByteCount(line.Length) + 1;
        byte[] buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            int written = Encoding.UTF8.GetBytes(line, buffer);
            buffer[written++] = (byte)'\n';
            _file.Write(buffer, 0, written);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private sealed record Entry(string? Line, TaskCompletionSource? Written);
}
