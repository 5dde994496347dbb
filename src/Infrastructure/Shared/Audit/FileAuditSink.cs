using Serilog;
using Serilog.Core;

namespace Nsp.Infrastructure.Shared.Audit;

/// <summary>The audit log file (<c>audit.log</c> in the log directory), one JSON line per call, rolled daily.</summary>
public sealed class FileAuditSink : IAuditSink, IDisposable
{
    private readonly Logger _logger;

    public FileAuditSink(string logDirectory)
    {
        Directory.CreateDirectory(logDirectory);
        _logger = new LoggerConfiguration()
            .WriteTo.File(
                Path.Combine(logDirectory, "audit.log"),
                outputTemplate: "{Line:l}{NewLine}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: null,
                shared: true)
            .CreateLogger();
    }

    public void Emit(string category, string line) => _logger.Information("{Line:l}", line);

    public void Dispose() => _logger.Dispose();
}
