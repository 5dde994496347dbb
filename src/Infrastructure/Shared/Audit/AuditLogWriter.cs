using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.Audit;

namespace Nsp.Infrastructure.Shared.Audit;

/// <summary>Serialises a record once and hands the line to every sink. A sink that fails is logged loudly and does
/// not stop the others: the audit file must not lose a line because a secondary sink broke.</summary>
public sealed partial class AuditLogWriter(IEnumerable<IAuditSink> sinks, TimeProvider timeProvider, ILogger<AuditLogWriter> logger)
    : IAuditLogWriter
{
    private readonly IAuditSink[] _sinks = [.. sinks];

    public void Write(AuditRecord record)
    {
        var line = AuditLineSerializer.Serialize(record, timeProvider.GetUtcNow());
        foreach (var sink in _sinks)
        {
            try
            {
                sink.Emit(record.Category, line);
            }
#pragma warning disable CA1031 // One broken sink must not silence the others.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogSinkFailed(logger, exception, sink.GetType().Name, record.Category);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Audit sink {Sink} failed to write a line of {Category}")]
    private static partial void LogSinkFailed(ILogger logger, Exception exception, string sink, string category);
}
