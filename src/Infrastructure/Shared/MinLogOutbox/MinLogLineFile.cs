using System.Globalization;
using Nsp.Application.Shared.MinLog;
using Serilog;
using Serilog.Core;

namespace Nsp.Infrastructure.Shared.MinLogOutbox;

/// <summary>A rolling file (daily) in the log directory with one <see cref="MinLogLine"/> per entry:
/// <see cref="MinLogFileName"/> for stored entries, <see cref="TransferFileName"/> for transferred ones.
/// Registered as a keyed singleton under its file name.</summary>
public sealed class MinLogLineFile : IDisposable
{
    public const string MinLogFileName = "Minlog.log";
    public const string TransferFileName = "MinlogTransfer.log";

    private readonly Logger _logger;

    public MinLogLineFile(string logDirectory, string fileName)
    {
        Directory.CreateDirectory(logDirectory);
        _logger = new LoggerConfiguration()
            .WriteTo.File(
                Path.Combine(logDirectory, fileName),
                outputTemplate: "{Line:l}{NewLine}",
                formatProvider: CultureInfo.InvariantCulture,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: null,
                shared: true)
            .CreateLogger();
    }

    public void Write(IEnumerable<MinLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            _logger.Information("{Line:l}", MinLogLine.Format(entry));
        }
    }

    public void Dispose() => _logger.Dispose();
}
